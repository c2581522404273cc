using DeFacto.Core.Scoring;
using DeFacto.Exports.Panel;

namespace DeFacto.Exports.Tables;

/// <summary>
/// The territory-year panel in wide form: one row per territory and year, with the practice and the
/// commitments assessments side by side. The columns that name the territory-year come once; every
/// other column of the long panel comes twice, prefixed <c>pr_</c> (practice) and <c>cm_</c>
/// (commitments), so <c>cm_defacto_index - pr_defacto_index</c> is the codification gap. The prefixes
/// are short because Stata allows 32 characters in a name.
/// </summary>
public static class PanelWideTable
{
    public const string Name = "panel_wide";

    public static IReadOnlyList<(Basis Basis, string Prefix, string Label)> Bases { get; } =
    [
        (Basis.Practice, "pr_", "practice basis"),
        (Basis.Commitments, "cm_", "commitments basis"),
    ];

    public static Table Build(Table longPanel)
    {
        ArgumentNullException.ThrowIfNull(longPanel);
        var basisColumn = longPanel.IndexOf("basis");
        var shared = longPanel.Columns.Select((c, i) => (Column: c, Index: i)).Where(c => PanelTable.TerritoryYearColumns.Contains(c.Column.Name)).ToList();
        var perBasis = longPanel.Columns.Select((c, i) => (Column: c, Index: i)).Where(c => c.Index != basisColumn && !PanelTable.TerritoryYearColumns.Contains(c.Column.Name)).ToList();
        var columns = shared.Select(c => c.Column).ToList();
        foreach (var (_, prefix, label) in Bases)
        {
            columns.AddRange(perBasis.Select(c => c.Column with { Name = prefix + c.Column.Name, Description = $"{c.Column.Description} ({label})" }));
        }

        var territory = longPanel.IndexOf("territory");
        var year = longPanel.IndexOf("year");
        var rows = new List<object?[]>();
        foreach (var group in longPanel.Rows.GroupBy(r => (Territory: (string)r[territory]!, Year: (long)r[year]!)))
        {
            var byBasis = group.ToDictionary(r => (string)r[basisColumn]!, StringComparer.Ordinal);
            var first = group.First();
            var cells = shared.Select(c => first[c.Index]).ToList();
            foreach (var (basis, _, _) in Bases)
            {
                var row = byBasis.GetValueOrDefault(Names.Of(basis));
                cells.AddRange(perBasis.Select(c => row?[c.Index]));
            }

            rows.Add([.. cells]);
        }

        return Table.Create(Name, "Territory-year panel (wide: practice and commitments side by side)",
            "One row per territory and year. The same assessments as the long panel, with the practice basis (pr_) and the commitments basis (cm_) side by side.",
            columns, ["territory", "year"], [new ForeignKey("territory", TerritoryTable.Name, "territory_id")], rows);
    }
}
