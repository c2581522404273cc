using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Assessing;
using DeFacto.Core.History;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;
using DeFacto.Web.Assessments;
using DeFacto.Web.Charts;
using DeFacto.Web.Pages;

namespace DeFacto.Web.Trends;

/// <summary>
/// The territories' timelines for <c>/trends</c> and its downloads, read from the query string
/// (<c>territories=ID,ID</c>, <c>from</c>, <c>to</c>, <c>basis</c>); every territory when none are named.
/// </summary>
public sealed record TrendData(IReadOnlyList<Timeline> Timelines, IReadOnlyList<Place> Places, string? Error, string Query)
{
    public static TrendData Read(Analyses analyses, string? territories, string? from, string? to, string? basis)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var registry = analyses.Snapshot.Dataset.Registry;
        var ids = string.IsNullOrWhiteSpace(territories)
            ? registry.Territories.Select(t => t.Id).ToList()
            : territories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var timelines = new List<Timeline>();
        var places = new List<Place>();
        foreach (var id in ids)
        {
            var plan = analyses.PlanTimeline(new TimelineArguments(id, from, to, basis));
            if (!plan.TryGetValue(out var settled))
            {
                return new TrendData([], [], ProblemWords.Of(plan.Problems[0]), "");
            }

            if (places.Any(p => p.Id == settled.Place.Id))
            {
                continue;
            }

            places.Add(settled.Place);
            timelines.Add(analyses.Timeline(settled));
        }

        var query = "territories=" + string.Join(',', places.Select(p => p.Id))
            + (string.IsNullOrWhiteSpace(from) ? "" : "&from=" + Uri.EscapeDataString(from))
            + (string.IsNullOrWhiteSpace(to) ? "" : "&to=" + Uri.EscapeDataString(to))
            + (string.IsNullOrWhiteSpace(basis) ? "" : "&basis=" + Uri.EscapeDataString(basis));
        return new TrendData(timelines, places, null, query);
    }

    public IReadOnlyList<TrendSeries> Series() =>
        Places.Select((p, k) => new TrendSeries(p.Name, Timelines[k].Points.Select(Point).ToList())).ToList();

    public string Chart(string title) => TrendChart.Render("trends-chart", title, Series());

    /// <summary>A point is thin when the headline abstains or fewer domains have current evidence than the headline asks for.</summary>
    public static TrendPoint Point(TimelinePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var a = point.Assessment;
        var assessable = a.Stage != Stage.NotAssessable;
        var thin = a.Stage is Stage.InsufficientEvidence or Stage.Indeterminate || (a.Verdict.RequiredDomains > 0 && a.Current < a.Verdict.RequiredDomains);
        var note = assessable
            ? $"{a.Current} of {a.DomainCount - a.NotApplicable} domains with current evidence" + (thin ? " (thin)" : "")
            : "outside the territory's contested existence";
        return new TrendPoint(point.Date, assessable ? a.Index.Median : null, assessable ? a.Index.Low : null, assessable ? a.Index.High : null,
            Show.Stage(a.Stage), Show.StageLabel(a.Stage), thin && assessable, note);
    }
}
