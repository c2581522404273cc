using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Arguments;
using DeFacto.Core.History;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Analysis.Assessing;

/// <summary>The compare use case: territories side by side at a date, each with its gap to a formally annexed reference.</summary>
public static class CompareAt
{
    /// <summary>The reference when none is named, if the registry knows it; otherwise the first territory compared.</summary>
    public const string DefaultReference = "crimea";

    public static Outcome<ComparePlan> Plan(Workbench bench, CompareArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(bench);
        ArgumentNullException.ThrowIfNull(arguments);
        var registry = bench.Dataset.Registry;
        var places = TerritoryArgument.ResolveAll(registry, arguments.Territories);
        var reference = string.IsNullOrWhiteSpace(arguments.Reference)
            ? Outcomes.Of<Place?>(null)
            : TerritoryArgument.Resolve(registry, arguments.Reference, "reference").Select(p => (Place?)p);
        var date = DateArgument.AsOf(arguments.AsOf, bench.Today);
        var basis = BasisArgument.Parse(arguments.Basis);
        var pledges = PledgesArgument.Parse(arguments.Pledges);
        var problems = Outcomes.ProblemsOf(places, reference, date, basis, pledges);
        if (problems.Count > 0)
        {
            return Outcomes.Fail<ComparePlan>(problems);
        }

        return Outcomes.Of(For(bench, places.Value, reference.Value, date.Value, basis.Value) with { Pledges = pledges.Value });
    }

    /// <summary>The plan for territories already resolved; a null reference means the default one.</summary>
    public static ComparePlan For(Workbench bench, IReadOnlyList<Place> territories, Place? reference, DateOnly asOf, Basis basis)
    {
        ArgumentNullException.ThrowIfNull(bench);
        ArgumentNullException.ThrowIfNull(territories);
        var codebook = bench.Dataset.Codebook;
        var settled = reference ?? bench.Dataset.Registry.Find(DefaultReference) ?? territories[0];
        return new ComparePlan(territories, settled, asOf, basis, codebook.DefaultDraws, codebook.DefaultSeed);
    }

    public static Comparison Run(Workbench bench, ComparePlan plan)
    {
        ArgumentNullException.ThrowIfNull(bench);
        ArgumentNullException.ThrowIfNull(plan);
        return Comparison.Build(bench.Assessor, bench.Dataset.Ledger, plan.Ids, plan.Reference.Id, plan.AsOf, plan.Basis, plan.Draws, plan.Seed, plan.Pledges);
    }

    public static Outcome<Comparison> Answer(Workbench bench, CompareArguments arguments) =>
        Plan(bench, arguments).Select(plan => Run(bench, plan));
}
