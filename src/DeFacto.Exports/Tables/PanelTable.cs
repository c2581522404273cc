using System.Globalization;
using DeFacto.Core.Coding;
using DeFacto.Core.Scoring;
using DeFacto.Exports.Panel;

namespace DeFacto.Exports.Tables;

/// <summary>
/// The territory-year panel in long form: one row per territory, year and basis (practice, then
/// commitments), so <c>basis == "practice"</c> gives the balanced panel of what is in place.
/// <see cref="PanelWideTable"/> puts the two bases side by side instead.
/// </summary>
public static class PanelTable
{
    public const string Name = "panel";

    /// <summary>Columns that name the territory-year rather than describe one basis's assessment: the wide
    /// panel has them once, every other column (but <c>basis</c>) once per basis.</summary>
    public static IReadOnlySet<string> TerritoryYearColumns { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "territory", "territory_num", "territory_name",
        "parent", "parent_iso3", "parent_cow", "parent_gw", "parent_vdem",
        "patron", "patron_iso3", "patron_cow", "patron_gw", "patron_vdem",
        "year", "as_of", "exists", "contested", "codebook_version",
    };

    public static Table Build(TerritoryPanel panel, Core.Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(dataset);
        var codebook = dataset.Codebook;
        var registry = dataset.Registry;
        var version = Versions.Codebook(codebook);
        var spec = new TableSpec<PanelRow>(Name, "Territory-year panel (long: one row per basis)",
            "One row per territory, year and basis. Each row is the core's assessment at 31 December of the year " +
            $"(or at the export date for the current year), {panel.Draws} Monte Carlo draws, seed {panel.Seed}: " +
            "scores are medians with 90% intervals (5th to 95th percentile), rounded to 4 decimals.")
            .Text("territory", "Territory id (territories table)", r => r.Territory.Id)
            .Integer("territory_num", "Territory's stable numeric id", r => r.Territory.NumericId)
            .Text("territory_name", "Territory name", r => r.Territory.Name)
            .Text("parent", "State the territory is internationally recognised as part of (registry id)", r => r.Territory.Parent);
        StateCodes.Add(spec, "parent", "Parent state", r => TerritoryTable.Find(registry, r.Territory.Parent))
            .Text("patron", "State that backs the territory (registry id)", r => r.Territory.Patron);
        StateCodes.Add(spec, "patron", "Patron state", r => TerritoryTable.Find(registry, r.Territory.Patron))
            .Integer("year", "Calendar year", r => r.Year)
            .Text("basis", "practice: in-place evidence only; commitments: in-place or pledged by treaty or law", r => Names.Of(r.Basis))
            .Date("as_of", "Date assessed: 31 December of the year, or the export date for the current year", r => r.AsOf)
            .Boolean("exists", "Whether the territory existed on the date assessed (false from the registry's until date on)", r => r.Territory.ExistedOn(r.AsOf))
            .Boolean("contested", "Whether the date lies in the territory's contested existence (registry since … until); outside it the stage is not-assessable", r => r.Territory.ContestedOn(r.AsOf))
            .Text("codebook_version", "Codebook version the row was scored with (text, e.g. v1.0)", _ => version)
            .Number("defacto_index", "De facto integration index, 0 (territory or parent holds every function) to 1 (patron holds them all): median", r => Rounding.Score(r.Assessment.Index.Median))
            .Number("defacto_index_low", "Index, 5th percentile", r => Rounding.Score(r.Assessment.Index.Low))
            .Number("defacto_index_high", "Index, 95th percentile", r => Rounding.Score(r.Assessment.Index.High))
            .Text("stage", "Headline stage (model v2): not-assessable, de-jure-annexation, insufficient-evidence, the most probable functional stage (sovereign, patronage, integration, de-facto-annexation) when probable enough, else indeterminate",
                r => r.Assessment.Stage is { } s ? Names.Of(s) : null)
            .Text("stage_reason", "Which rule decided the headline: before-contested-existence, after-contested-existence, incorporated, too-few-current-domains, probable-stage, no-probable-stage",
                r => Kebab(r.Assessment.Verdict.Reason.ToString()))
            .Text("stage_alternatives", "When the headline abstains (indeterminate, insufficient-evidence), the most probable functional stages it leaves open, separated by ' | '",
                r => Cells.List(r.Assessment.Verdict.Alternatives.Select(Names.Of).ToList()))
            .Text("functional_stage", "Functional (de facto) stage from the draws: sovereign, patronage, integration, de-facto-annexation; empty when too few domains have current evidence or no stage is probable enough",
                r => r.Assessment.Functional.Stage is { } f ? Names.Of(f) : null);
        foreach (var stage in Names.Stages)
        {
            spec.Number(ColumnNames.Stage(stage), $"Probability of the stage {Names.Of(stage)} (share of draws)",
                r => r.Assessment.Stage is null ? null : Rounding.Score(r.Assessment.ProbabilityOf(stage)));
        }

        foreach (var domain in codebook.FunctionalDomains)
        {
            var id = domain.Id;
            var col = ColumnNames.Of(id);
            spec.Number($"{col}_score", $"{domain.Label} domain score, median; empty when the domain has no evidence (the index then draws it from the prior)", r => Rounding.Score(Evidenced(r, id)?.Median))
                .Number($"{col}_low", $"{domain.Label} domain score, 5th percentile", r => Rounding.Score(Evidenced(r, id)?.Low))
                .Number($"{col}_high", $"{domain.Label} domain score, 95th percentile", r => Rounding.Score(Evidenced(r, id)?.High));
        }

        spec.Integer("coverage_evidenced", "Functional domains with any evidence on or before the date (current or ageing)", r => r.Assessment.Evidenced)
            .Integer("coverage_current", "Functional domains with current evidence (the headline needs the codebook's min_current_domains); the others draw from the prior", r => r.Assessment.Current)
            .Integer("coverage_not_applicable", "Functional domains that do not exist for the territory (registry not_applicable), left out of the index", r => r.Assessment.NotApplicable)
            .Integer("coverage_total", "Functional domains in the codebook", r => r.Assessment.DomainCount)
            .Integer("n_observations", "Distinct observations the assessment rests on (the latest per indicator on this basis)", r => r.ObservationCount);
        foreach (var indicator in codebook.Indicators.Where(i => i.Role == IndicatorRole.Status))
        {
            var id = indicator.Id;
            spec.Text(ColumnNames.Of(id), $"De jure status, never averaged into the index: {indicator.Question} ({string.Join(", ", indicator.Anchors.Select(a => a.Id))})",
                r => r.Assessment.Status.FirstOrDefault(s => s.Indicator.Id == id)?.Value?.Category);
        }

        spec.Boolean("formal_incorporated", "Formal status: the patron's incorporation of the territory is in force on the date", r => r.Assessment.Formal.Incorporated)
            .Date("formal_incorporated_on", "Formal status: the day incorporation took effect, when it has", r => r.Assessment.Formal.IncorporatedOn)
            .Boolean("formal_recognised", "Formal status: the patron recognises the territory as a state", r => r.Assessment.Formal.RecognisedByPatron)
            .Boolean("formal_accession_sought", "Formal status: the territory's authorities officially seek to join the patron", r => r.Assessment.Formal.AccessionSought)
            .Text("formal_bloc_membership", "Formal status: membership of the patron-led bloc (none, observer, member)", r => r.Assessment.Formal.BlocMembership)
            .Integer("formal_steps_left", "Formal status: formal steps left to de jure annexation", r => r.Assessment.Formal.StepsLeft);
        spec.Integer("n_warnings", "Warnings the assessment gives (missing domains, stale evidence, conflicts); see defacto assess", r => r.Assessment.Warnings.Count)
            .Key("territory", "year", "basis")
            .References("territory", TerritoryTable.Name, "territory_id");
        return spec.Build(panel.Rows);
    }

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The panel's year span in words, e.g. "2004–2026".</summary>
    public static string Span(TerritoryPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return panel.FirstYear is { } a && panel.LastYear is { } b
            ? string.Create(CultureInfo.InvariantCulture, $"{a}–{b}")
            : "empty";
    }

    // A domain without evidence has a score only from the prior: the panel leaves it empty, as before model v2.
    private static Core.Scoring.Summary? Evidenced(PanelRow r, string domain) =>
        r.Assessment.Domain(domain) is { Evidenced: true } d ? d.Score : null;
}
