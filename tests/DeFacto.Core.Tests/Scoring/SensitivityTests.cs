using DeFacto.Core.Scoring;
using static DeFacto.Core.Tests.Fixture;

namespace DeFacto.Core.Tests.Scoring;

public sealed class SensitivityTests
{
    [Fact]
    public void Run_SeedLikeCommitments_ReportsEveryScenarioAndHowOftenTheStageHolds()
    {
        var ledger = Ledger(SeedLike());
        var assessor = new Assessor(Codebook, ledger);
        var request = new AssessmentRequest("t", new DateOnly(2015, 6, 30), Basis.Commitments, 500, 3);
        var baseline = assessor.Assess(request);
        var s = Sensitivity.Run(assessor, Codebook, request, baseline);
        Assert.Equal(1 + 7 + 2, s.Scenarios.Count);
        Assert.Contains(s.Scenarios, x => x.Name == "without-government");
        Assert.InRange(s.StageHolds, 0.5, 1);

        // Raising every threshold by 0.1 asks each domain for 0.7: government (≈0.83) still passes, so the verdict should hold.
        Assert.Equal(Stage.DeFactoAnnexation, s.Scenarios.Single(x => x.Name == "thresholds-plus-0.1").Stage);
    }

    [Fact]
    public void Run_DroppingADomain_ChangesCoverageOfTheIndex()
    {
        var ledger = Ledger(SeedLike());
        var assessor = new Assessor(Codebook, ledger);
        var request = new AssessmentRequest("t", new DateOnly(2015, 6, 30), Basis.Commitments, 300, 3);
        var full = assessor.Assess(request);
        var without = assessor.Assess(request, new ScoringParameters { DomainWeights = new Dictionary<string, double> { ["government"] = 0 } });
        Assert.True(without.Index.Median > full.Index.Median);
    }
}
