using DeFacto.Core.Evidence;
using DeFacto.Core.Scoring;
using static DeFacto.Core.Tests.Fixture;

namespace DeFacto.Core.Tests.Scoring;

public sealed class BasisTests
{
    [Fact]
    public void Assess_PracticeBasis_IgnoresPledges()
    {
        var a = Assess(Ledger(SeedLike()), basis: Basis.Practice);
        Assert.DoesNotContain(a.Indicators.SelectMany(i => i.Observations), o => o.Status == EvidenceStatus.Pledged);
        Assert.False(a.Domain("welfare")!.Evidenced);
        Assert.Equal(4, a.Evidenced);
        Assert.Contains(a.Warnings, w => w.Kind == WarningKinds.PledgesNotCounted);
    }

    [Fact]
    public void Assess_CommitmentsBasis_CountsPledges()
    {
        var a = Assess(Ledger(SeedLike()), basis: Basis.Commitments);
        Assert.Equal(7, a.Evidenced);
        Assert.Equal(1, a.Domain("welfare")!.Score.Median!.Value, 6);
    }

    [Fact]
    public void Assess_SeedLikeProfile_PracticeIntegrationCommitmentsDeFactoAnnexation()
    {
        var practice = Assess(Ledger(SeedLike()), basis: Basis.Practice);
        var commitments = Assess(Ledger(SeedLike()), basis: Basis.Commitments);
        Assert.Equal(Stage.Integration, practice.Stage);
        Assert.Equal(Stage.DeFactoAnnexation, commitments.Stage);
        Assert.True(practice.Index.Median <= commitments.Index.Median);
        Assert.InRange(commitments.ProbabilityOf(Stage.DeFactoAnnexation), 0.5, 1);
    }

    [Fact]
    public void Assess_PledgeBelowPractice_NeverLowersTheScore()
    {
        var a = Assess(Ledger(
            Category("citizenship.patron_naturalisation", "systematic", qualifier: "official"),
            Category("citizenship.patron_naturalisation", "case-by-case", EvidenceStatus.Pledged, qualifier: "official")), basis: Basis.Commitments);
        Assert.Equal(0.667, a.Domain("citizenship")!.Score.Median!.Value, 3);
    }

    [Fact]
    public void Assess_StatusEvidence_NeverAveragedIntoIndex()
    {
        var without = Assess(Ledger(Share("finance.patron_budget_share", 50, "official")));
        var with = Assess(Ledger(Share("finance.patron_budget_share", 50, "official"),
            Category("status.patron_recognition", "yes"), Category("status.accession_goal", "yes")));
        Assert.Equal(without.Index, with.Index);
        Assert.Contains(with.FormalSteps, s => s.Indicator == "status.accession_goal" && s.Done);
        Assert.Contains(with.FormalSteps, s => s.Indicator == "status.formal_incorporation" && !s.Done);
    }

    [Fact]
    public void Assess_FormalIncorporation_IsDeJureAnnexation()
    {
        var a = Assess(Ledger(Share("finance.patron_budget_share", 40, "official"), Category("status.formal_incorporation", "yes", qualifier: "official")));
        Assert.Equal(Stage.DeJureAnnexation, a.Stage);

        // A legal fact in force, not a guess: probability 1, and dated.
        Assert.Equal(1, a.ProbabilityOf(Stage.DeJureAnnexation));
        Assert.True(a.Formal.Incorporated);
        Assert.Equal(new DateOnly(2015, 3, 31), a.Formal.IncorporatedOn);
    }
}
