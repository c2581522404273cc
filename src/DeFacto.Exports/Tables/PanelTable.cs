using System.Globalization;
using DeFacto.Core.Coding;
using DeFacto.Core.Scoring;
using DeFacto.Exports.Panel;

namespace DeFacto.Exports.Tables;

/// <summary>
/// The territory-year panel in long form: one row per territory, year and basis (practice, then
/// commitments), so <c>basis == "practice"</c> gives the balanced panel of what is in place.
/// </summary>
public static class PanelTable
{
    public const string Name = "panel";

    public static Table Build(TerritoryPanel panel, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(codebook);
        var spec = new TableSpec<PanelRow>(Name, "Territory-year panel",
            "One row per territory, year and basis. Each row is the core's assessment at 31 December of the year " +
            $"(or at the export date for the current year), {panel.Draws} Monte Carlo draws, seed {panel.Seed}: " +
            "scores are medians with 90% intervals (5th to 95th percentile), rounded to 4 decimals.")
            .Text("territory", "Territory id (data/territories.yaml)", r => r.Territory.Id)
            .Text("territory_name", "Territory name", r => r.Territory.Name)
            .Text("parent", "State the territory is internationally recognised as part of", r => r.Territory.Parent)
            .Text("patron", "State that backs the territory", r => r.Territory.Patron)
            .Integer("year", "Calendar year", r => r.Year)
            .Text("basis", "practice: in-place evidence only; commitments: in-place or pledged by treaty or law", r => Names.Of(r.Basis))
            .Date("as_of", "Date assessed: 31 December of the year, or the export date for the current year", r => r.AsOf)
            .Number("index", "De facto integration index, 0 (territory or parent holds every function) to 1 (patron holds them all): median", r => Rounding.Score(r.Assessment.Index.Median))
            .Number("index_low", "Index, 5th percentile", r => Rounding.Score(r.Assessment.Index.Low))
            .Number("index_high", "Index, 95th percentile", r => Rounding.Score(r.Assessment.Index.High))
            .Text("stage", "Headline stage: not-assessable, insufficient-evidence, indeterminate, sovereign, patronage, integration, de-facto-annexation, de-jure-annexation", r => r.Assessment.Stage is { } s ? Names.Of(s) : null)
            .Text("functional_stage", "Functional stage when the draws name one (enough current domains and a probable stage); empty otherwise", r => r.Assessment.Functional.Stage is { } f ? Names.Of(f) : null);
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

        spec.Integer("coverage_evidenced", "Functional domains with any evidence, current or ageing", r => r.Assessment.Evidenced)
            .Integer("coverage_current", "Functional domains with current evidence", r => r.Assessment.Current)
            .Integer("coverage_total", "Functional domains in the codebook", r => r.Assessment.DomainCount)
            .Integer("n_observations", "Distinct observations the assessment rests on (the latest per indicator on this basis)", r => r.ObservationCount);
        foreach (var indicator in codebook.Indicators.Where(i => i.Role == IndicatorRole.Status))
        {
            var id = indicator.Id;
            spec.Text(ColumnNames.Of(id), $"De jure status, never averaged into the index: {indicator.Question} ({string.Join(", ", indicator.Anchors.Select(a => a.Id))})",
                r => r.Assessment.Status.FirstOrDefault(s => s.Indicator.Id == id)?.Value?.Category);
        }

        spec.Integer("n_warnings", "Warnings the assessment gives (missing domains, stale evidence, conflicts); see defacto assess", r => r.Assessment.Warnings.Count)
            .Key("territory", "year", "basis")
            .References("territory", TerritoryTable.Name, "territory_id");
        return spec.Build(panel.Rows);
    }

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
