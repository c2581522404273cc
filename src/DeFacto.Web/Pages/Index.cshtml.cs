using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;
using DeFacto.Web.Assessments;
using DeFacto.Web.Charts;
using Microsoft.AspNetCore.OutputCaching;

namespace DeFacto.Web.Pages;

/// <summary>The overview: every territory with its stage, index and interval at the date, and its trend.</summary>
[OutputCache(PolicyName = PageCache.Policy)]
public sealed class IndexModel(Analyses analyses) : ReadingPage(analyses)
{
    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];

    public PlaceRegistry Registry => Analyses.Snapshot.Dataset.Registry;

    public void OnGet()
    {
        ReadQuery();
        Rows = Registry.Territories.Select(t =>
        {
            var assessment = Analyses.Assess(t, Date, Basis);
            var timeline = Analyses.Timeline(t, Basis);
            var points = timeline.Points.Select(p => new LinePoint(p.Date, p.Assessment.Index.Median, p.Assessment.Index.Low, p.Assessment.Index.High)).ToList();
            return new OverviewRow(t, assessment, Sparkline.Render("trend-" + t.Id, $"{t.Name}: de facto index by year ({Names.Of(Basis)})", points));
        }).ToList();
    }

    public sealed record OverviewRow(Place Place, Assessment Assessment, string Trend);
}
