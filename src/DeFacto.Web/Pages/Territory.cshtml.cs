using DeFacto.Analysis.Arguments;
using DeFacto.Analysis.Assessing;
using DeFacto.Core.Evidence;
using DeFacto.Core.History;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;
using DeFacto.Web.Assessments;
using DeFacto.Web.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DeFacto.Web.Pages;

/// <summary>
/// One territory at a date: stage and index, domain scores (practice beside commitments) as a chart, the
/// evidence under each indicator, the timeline with its events, and the distance to de jure annexation.
/// </summary>
[OutputCache(PolicyName = PageCache.Policy)]
public sealed class TerritoryModel(Analyses analyses) : ReadingPage(analyses)
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public Place? Place { get; private set; }

    public Assessment Assessment { get; private set; } = null!;

    public Assessment Practice { get; private set; } = null!;

    public Assessment Commitments { get; private set; } = null!;

    public Timeline Timeline { get; private set; } = null!;

    public Comparison? Reference { get; private set; }

    public string DomainChart { get; private set; } = "";

    public string TimelineChart { get; private set; } = "";

    public IReadOnlyList<string> Suggestions { get; private set; } = [];

    public PlaceRegistry Registry => Analyses.Snapshot.Dataset.Registry;

    public Source? FindSource(string id) => Analyses.Snapshot.Dataset.Ledger.FindSource(id);

    public IActionResult OnGet()
    {
        var place = TerritoryArgument.Resolve(Registry, Id);
        if (!place.Ok)
        {
            Suggestions = place.Problems[0].Suggestions;
            if (Suggestions.Count == 0 && Id.Trim().Length >= 3)
            {
                // A part of a name ("ossetia") is as good a hint as a near spelling.
                var part = Id.Trim().ToLowerInvariant();
                Suggestions = Registry.Territories.Where(t => t.Id.Contains(part, StringComparison.Ordinal) || t.Name.Contains(part, StringComparison.OrdinalIgnoreCase))
                    .Select(t => t.Id).ToList();
            }

            Fail(StatusCodes.Status404NotFound, ProblemWords.Of(place.Problems[0]));
            return Page();
        }

        if (place.Value.Id != Id)
        {
            return RedirectToPage("/Territory", new { id = place.Value.Id, asOf = AsOfText, basis = BasisText });
        }

        Place = place.Value;
        ReadQuery();
        Practice = Analyses.Assess(Place, Date, Basis.Practice);
        Commitments = Analyses.Assess(Place, Date, Basis.Commitments);
        Assessment = Basis == Basis.Practice ? Practice : Commitments;
        Timeline = Analyses.Timeline(Place, Basis);
        if (Registry.Find(CompareAt.DefaultReference) is not null && Place.Id != CompareAt.DefaultReference)
        {
            Reference = Analyses.Compare([Place], Date, Basis);
        }

        DomainChart = BarChart.Render("domains-chart", $"{Place.Name}: domain scores as of {Show.Date(Date)}, practice and commitments",
            Practice.Domains.Select(d => d.Domain.Label).ToList(),
            [Series("Practice", Practice), Series("Commitments", Commitments)]);
        TimelineChart = LineChart.Render("timeline-chart", $"{Place.Name}: de facto index by year ({Show.Basis(Basis)})",
            Timeline.Points.Select(p => new LinePoint(p.Date, p.Assessment.Index.Median, p.Assessment.Index.Low, p.Assessment.Index.High)).ToList(),
            Timeline.Events.Select(e => new ChartMarker(e.Event.Date.Start, e.Event.Title)).ToList(),
            new ChartMarker(Date, "as of " + Show.Date(Date)));
        return Page();
    }

    /// <summary>A link to a source: its web address when it has a safe one, otherwise its entry on the sources page.</summary>
    public string SourceHref(string id) =>
        FindSource(id)?.Url is { } url && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ? url
            : "/sources#source-" + id;

    private static BarSeries Series(string name, Assessment a) =>
        new(name, a.Domains.Select(d => new IntervalValue(d.Domain.Label, d.Score.Median, d.Score.Low, d.Score.High)).ToList());
}
