using DeFacto.Core.Scoring;

namespace DeFacto.Exports.Panel;

/// <summary>The territory-year panel: every row assessed by the core on both bases, with the settings that made it.</summary>
public sealed record TerritoryPanel(IReadOnlyList<PanelRow> Rows, int Draws, ulong Seed, DateOnly Today)
{
    public static IReadOnlyList<Basis> Bases { get; } = [Basis.Practice, Basis.Commitments];

    public int? FirstYear => Rows.Count == 0 ? null : Rows.Min(r => r.Year);

    public int? LastYear => Rows.Count == 0 ? null : Rows.Max(r => r.Year);

    public int TerritoryCount => Rows.Select(r => r.Territory.Id).Distinct(StringComparer.Ordinal).Count();
}
