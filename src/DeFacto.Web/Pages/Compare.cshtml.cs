using DeFacto.Analysis.Assessing;
using DeFacto.Core.History;
using DeFacto.Core.Registry;
using DeFacto.Web.Assessments;
using DeFacto.Web.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DeFacto.Web.Pages;

/// <summary>Chosen territories side by side at a date, domain by domain, each with its gap to a formally annexed reference.</summary>
[OutputCache(PolicyName = PageCache.Policy)]
public sealed class CompareModel(Analyses analyses) : ReadingPage(analyses)
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public IReadOnlyList<string> Chosen { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "reference")]
    public string? ReferenceId { get; set; }

    public Comparison? Comparison { get; private set; }

    public string Chart { get; private set; } = "";

    public PlaceRegistry Registry => Analyses.Snapshot.Dataset.Registry;

    public void OnGet()
    {
        if (!ReadQuery() || Chosen.Count == 0)
        {
            return;
        }

        var plan = Analyses.PlanComparison(new CompareArguments(Chosen, AsOfText, BasisText, ReferenceId));
        if (!plan.TryGetValue(out var settled))
        {
            Fail(StatusCodes.Status404NotFound, ProblemWords.Of(plan.Problems[0]));
            return;
        }

        Chosen = settled.Ids;
        Comparison = Analyses.Compare(settled);
        var domains = Comparison.Assessments[0].Domains.Select(d => d.Domain.Label).ToList();
        Chart = BarChart.Render("compare-chart", $"Domain scores as of {Show.Date(Date)} ({Show.Basis(Basis)})", domains,
            Comparison.Assessments.Select(a => new BarSeries(Show.PlaceName(Registry, a.Territory),
                a.Domains.Select(d => new IntervalValue(d.Domain.Label, d.Score.Median, d.Score.Low, d.Score.High)).ToList())).ToList());
    }
}
