using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Arguments;
using DeFacto.Core.History;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Analysis.Assessing;

/// <summary>The timeline use case: a territory's index and stage at the end of each year and at each event.</summary>
public static class TimelineOf
{
    public static Outcome<TimelinePlan> Plan(Workbench bench, TimelineArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(bench);
        ArgumentNullException.ThrowIfNull(arguments);
        var place = TerritoryArgument.Resolve(bench.Dataset.Registry, arguments.Territory);
        var from = NumberArgument.Year(arguments.From, "from");
        var to = NumberArgument.Year(arguments.To, "to");
        var basis = BasisArgument.Parse(arguments.Basis);
        var pledges = PledgesArgument.Parse(arguments.Pledges);
        var problems = Outcomes.ProblemsOf(place, from, to, basis, pledges);
        if (problems.Count > 0)
        {
            return Outcomes.Fail<TimelinePlan>(problems);
        }

        return For(bench, place.Value, basis.Value, from.Value, to.Value).Select(plan => plan with { Pledges = pledges.Value });
    }

    /// <summary>
    /// The plan for a territory already resolved. Without <paramref name="from"/> the timeline starts at the
    /// territory's first evidence (or the start of its contested existence when it has none); without <paramref name="to"/> it stops at this year, or at the last year
    /// of a territory that ceased to exist.
    /// </summary>
    public static Outcome<TimelinePlan> For(Workbench bench, Place place, Basis basis, int? from = null, int? to = null)
    {
        ArgumentNullException.ThrowIfNull(bench);
        ArgumentNullException.ThrowIfNull(place);
        var first = from ?? EvidenceYears.First(bench.Dataset.Ledger, place.Id) ?? place.Since?.Year ?? bench.Today.Year;
        var last = to ?? EvidenceYears.Last(place, bench.Today);
        if (last < first)
        {
            return Outcomes.Fail<TimelinePlan>(to is null
                ? Problem.Invalid("from", $"{first} is after the last year, {last}")
                : Problem.Invalid("to", $"{last} is before the first year, {first}"));
        }

        var codebook = bench.Dataset.Codebook;
        return Outcomes.Of(new TimelinePlan(place, first, last, basis, codebook.DefaultDraws, codebook.DefaultSeed));
    }

    public static Timeline Run(Workbench bench, TimelinePlan plan)
    {
        ArgumentNullException.ThrowIfNull(bench);
        ArgumentNullException.ThrowIfNull(plan);
        return Timeline.Build(bench.Assessor, bench.Dataset.Ledger, plan.Place.Id, plan.From, plan.To, plan.Basis, plan.Draws, plan.Seed, bench.Today, plan.Pledges);
    }

    public static Outcome<Timeline> Answer(Workbench bench, TimelineArguments arguments) =>
        Plan(bench, arguments).Select(plan => Run(bench, plan));
}
