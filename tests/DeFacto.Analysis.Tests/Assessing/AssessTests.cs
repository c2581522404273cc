using DeFacto.Analysis.Assessing;
using DeFacto.Core.Scoring;

namespace DeFacto.Analysis.Tests.Assessing;

public sealed class AssessTests
{
    private static readonly Workbench Bench = Bundled.On(new DateOnly(2026, 11, 26));

    [Fact]
    public void Plan_Defaults_AreTodayPracticeAndTheCodebooksDrawsAndSeed()
    {
        var plan = Assess.Plan(Bench, new AssessArguments("abkhazia")).Value;

        Assert.Equal((new DateOnly(2026, 11, 26), Basis.Practice, Bench.Dataset.Codebook.DefaultDraws, Bench.Dataset.Codebook.DefaultSeed),
            (plan.AsOf, plan.Basis, plan.Draws, plan.Seed));
    }

    [Fact]
    public void Plan_PledgesSigned_ReachesTheRequest()
    {
        var plan = Assess.Plan(Bench, new AssessArguments("south-ossetia", "2015-06-30", "commitments") { Pledges = "signed" }).Value;

        Assert.Equal(PledgeCounting.FromSignature, plan.Request.Pledges);
    }

    [Fact]
    public void Plan_UnknownPledges_IsAProblemOnPledges()
    {
        Assert.Equal("pledges", Assert.Single(Assess.Plan(Bench, new AssessArguments("south-ossetia") { Pledges = "whenever" }).Problems).Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2_000_000)]
    public void Plan_DrawsOutOfRange_IsAProblemOnDraws(int draws)
    {
        Assert.Equal("draws", Assert.Single(Assess.Plan(Bench, new AssessArguments("abkhazia") { Draws = draws }).Problems).Field);
    }

    [Fact]
    public void Answer_SameArguments_SameAssessment()
    {
        var a = Assess.Answer(Bench, new AssessArguments("South Ossetia", "2015-06-30", "commitments")).Value.Assessment;
        var b = Assess.Answer(Bench, new AssessArguments("south-ossetia", "2015-06-30", "commitments")).Value.Assessment;

        Assert.Equal(a.Index, b.Index);
    }
}
