using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Arguments;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Analysis.Assessing;

/// <summary>The assess use case: a territory at a date on a basis.</summary>
public static class Assess
{
    public static Outcome<AssessPlan> Plan(Workbench bench, AssessArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(bench);
        ArgumentNullException.ThrowIfNull(arguments);
        var place = TerritoryArgument.Resolve(bench.Dataset.Registry, arguments.Territory);
        var date = DateArgument.AsOf(arguments.AsOf, bench.Today);
        var basis = BasisArgument.Parse(arguments.Basis);
        var draws = NumberArgument.Draws(arguments.Draws);
        var pledges = PledgesArgument.Parse(arguments.Pledges);
        var problems = Outcomes.ProblemsOf(place, date, basis, draws, pledges);
        if (problems.Count > 0)
        {
            return Outcomes.Fail<AssessPlan>(problems);
        }

        return Outcomes.Of(For(bench, place.Value, date.Value, basis.Value) with
        {
            Draws = draws.Value ?? bench.Dataset.Codebook.DefaultDraws,
            Seed = arguments.Seed ?? bench.Dataset.Codebook.DefaultSeed,
            Sensitivity = arguments.Sensitivity,
            Pledges = pledges.Value,
        });
    }

    /// <summary>The plan for a territory already resolved, with the codebook's draws and seed.</summary>
    public static AssessPlan For(Workbench bench, Place place, DateOnly asOf, Basis basis)
    {
        ArgumentNullException.ThrowIfNull(bench);
        var codebook = bench.Dataset.Codebook;
        return new AssessPlan(place, asOf, basis, codebook.DefaultDraws, codebook.DefaultSeed, Sensitivity: false);
    }

    public static AssessAnswer Run(Workbench bench, AssessPlan plan)
    {
        ArgumentNullException.ThrowIfNull(bench);
        ArgumentNullException.ThrowIfNull(plan);
        var request = plan.Request;
        var assessment = bench.Assessor.Assess(request);
        var robustness = plan.Sensitivity ? Sensitivity.Run(bench.Assessor, bench.Dataset.Codebook, request, assessment) : null;
        return new AssessAnswer(plan, assessment, robustness);
    }

    public static Outcome<AssessAnswer> Answer(Workbench bench, AssessArguments arguments) =>
        Plan(bench, arguments).Select(plan => Run(bench, plan));
}
