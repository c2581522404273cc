using DeFacto.Core.Scoring;
using static DeFacto.Core.Tests.Fixture;

namespace DeFacto.Core.Tests.Scoring;

public sealed class SensitivityTests
{
    [Fact]
    public void Run_SeedLikeCommitments_EveryDomainCurrentSoTheBoundsChangeNothing()
    {
        var ledger = Ledger(SeedLike());
        var assessor = new Assessor(Codebook, ledger);
        var request = new AssessmentRequest("t", new DateOnly(2015, 6, 30), Basis.Commitments, 500, 3);
        var baseline = assessor.Assess(request);
        var s = Sensitivity.Run(assessor, Codebook, request, baseline);
        Assert.Equal(5, s.Scenarios.Count);
        Assert.Contains(s.Scenarios, x => x.Name == Sensitivity.LowerBound);
        Assert.True(s.Robust);

        // Raising every threshold by 0.1 asks each domain for 0.7: government (≈0.83) still passes, so the verdict should hold.
        Assert.Equal(Stage.DeFactoAnnexation, s.Scenarios.Single(x => x.Name == "thresholds-plus-0.1").Stage);
    }

    [Fact]
    public void Run_MiddlingProfileWithThreeUnevidencedDomains_IsNotRobust()
    {
        var ledger = Ledger(
            Category("finance.currency", "dual", qualifier: "official"),
            Category("security.line_control", "joint", qualifier: "official"),
            Category("welfare.patron_social_insurance", "some-groups", qualifier: "official"),
            Category("education.patron_curriculum", "some-levels", qualifier: "official"));
        var assessor = new Assessor(Codebook, ledger);
        var request = new AssessmentRequest("t", new DateOnly(2015, 6, 30), Basis.Practice, 500, 3);
        var s = Sensitivity.Run(assessor, Codebook, request, assessor.Assess(request));
        Assert.Equal(Stage.Patronage, s.Scenarios.Single(x => x.Name == Sensitivity.LowerBound).Stage);
        Assert.Equal(Stage.Integration, s.Scenarios.Single(x => x.Name == Sensitivity.UpperBound).Stage);
        Assert.False(s.Robust);
    }

    [Fact]
    public void Assess_DroppingADomain_ChangesTheIndex()
    {
        var ledger = Ledger(SeedLike());
        var assessor = new Assessor(Codebook, ledger);
        var request = new AssessmentRequest("t", new DateOnly(2015, 6, 30), Basis.Commitments, 300, 3);
        var full = assessor.Assess(request);
        var without = assessor.Assess(request, new ScoringParameters { DomainWeights = new Dictionary<string, double> { ["government"] = 0 } });
        Assert.True(without.Index.Median > full.Index.Median);
    }
}
