using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Arguments;
using DeFacto.Core.History;

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
        var problems = Outcomes.ProblemsOf(place, from, to, basis);
        if (problems.Count > 0)
        {
            return Outcomes.Fail<TimelinePlan>(problems);
        }

        var ledger = bench.Dataset.Ledger;
        var first = from.Value ?? EvidenceYears.First(ledger, place.Value.Id) ?? bench.Today.Year;
        var last = to.Value ?? EvidenceYears.Last(place.Value, bench.Today);
        if (last < first)
        {
            return Outcomes.Fail<TimelinePlan>(Problem.Invalid(arguments.To is null ? "from" : "to",
                arguments.To is null ? $"{first} is after the last year, {last}" : $"{last} is before the first year, {first}"));
        }

        var codebook = bench.Dataset.Codebook;
        return Outcomes.Of(new TimelinePlan(place.Value, first, last, basis.Value, codebook.DefaultDraws, codebook.DefaultSeed));
    }

    public static Timeline Run(Workbench bench, TimelinePlan plan)
    {
        ArgumentNullException.ThrowIfNull(bench);
        ArgumentNullException.ThrowIfNull(plan);
        return Timeline.Build(bench.Assessor, bench.Dataset.Ledger, plan.Place.Id, plan.From, plan.To, plan.Basis, plan.Draws, plan.Seed, bench.Today);
    }

    public static Outcome<Timeline> Answer(Workbench bench, TimelineArguments arguments) =>
        Plan(bench, arguments).Select(plan => Run(bench, plan));
}
