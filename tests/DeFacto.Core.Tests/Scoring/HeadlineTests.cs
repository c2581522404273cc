using DeFacto.Core.Coding;
using DeFacto.Core.Scoring;
using static DeFacto.Core.Tests.Fixture;

namespace DeFacto.Core.Tests.Scoring;

/// <summary>The headline order of DESIGN.md §5: not-assessable, de jure, insufficient evidence, the functional stage, indeterminate.</summary>
public sealed class HeadlineTests
{
    [Fact]
    public void Assess_BeforeContestedExistence_NotAssessable()
    {
        var a = AssessIn(Ledger(SeedLike()), Place(since: "2014-02-27"), asOf: "2013-12-31");
        Assert.Equal(Stage.NotAssessable, a.Stage);
        Assert.Equal(VerdictReason.BeforeContestedExistence, a.Verdict.Reason);
        Assert.Equal(new DateOnly(2014, 2, 27), a.Verdict.Date);
    }

    [Fact]
    public void Assess_AfterTheTerritoryCeased_NotAssessable()
    {
        var a = AssessIn(Ledger(SeedLike()), Place(until: "2024-01-01"), asOf: "2025-06-30");
        Assert.Equal(Stage.NotAssessable, a.Stage);
        Assert.Equal(VerdictReason.AfterContestedExistence, a.Verdict.Reason);
    }

    [Fact]
    public void Assess_OneStrongDomainOnly_InsufficientEvidenceNotIntegration()
    {
        // Crimea before 2014 read "integration, 1.00" on a leased naval base alone.
        var a = Assess(Ledger(Category("security.patron_base", "yes", qualifier: "official")));
        Assert.Equal(Stage.InsufficientEvidence, a.Stage);
        Assert.Equal(1, a.Current);
        Assert.Equal(2, a.Verdict.Alternatives.Count);
        Assert.True(a.Index.High - a.Index.Low > 0.2);
    }

    [Fact]
    public void Assess_FourMiddlingDomains_IndeterminateNamingTwoStages()
    {
        var a = Assess(Ledger(
            Category("finance.currency", "dual", qualifier: "official"),
            Category("security.line_control", "joint", qualifier: "official"),
            Category("welfare.patron_social_insurance", "some-groups", qualifier: "official"),
            Category("education.patron_curriculum", "some-levels", qualifier: "official")));
        Assert.Equal(Stage.Indeterminate, a.Stage);
        Assert.Equal([Stage.Patronage, Stage.Integration], a.Verdict.Alternatives.Order());
        Assert.Null(a.Functional.Stage);
    }

    [Fact]
    public void Assess_ParentHoldsEveryFunction_Sovereign()
    {
        var a = Assess(Ledger(
            Obs("citizenship.parent_passport_share", Core.Evidence.ObservedValue.OfPoint(97), qualifier: "official"),
            Category("finance.currency", "parent", qualifier: "official"),
            Category("security.line_control", "parent", qualifier: "official"),
            Category("welfare.patron_social_insurance", "parent", qualifier: "official"),
            Category("education.patron_curriculum", "parent", qualifier: "official")));
        Assert.Equal(Stage.Sovereign, a.Stage);
        Assert.Equal(Holder.Parent, a.Domain("finance")!.HeldBy);
        Assert.Equal(Holder.Parent, a.Domain("citizenship")!.HeldBy);
    }

    [Fact]
    public void Assess_NotApplicableDomain_LeavesTheIndexInsteadOfDrawingThePrior()
    {
        var ledger = Ledger(SeedLike().Where(o => !o.Indicator.StartsWith("border.", StringComparison.Ordinal)).ToArray());
        var without = AssessIn(ledger, Place(notApplicable: new() { ["border"] = "no border with the patron" }), basis: Basis.Commitments);
        var border = without.Domain("border")!;
        Assert.False(border.Applicable);
        Assert.Null(border.Score.Median);
        Assert.Equal(1, without.NotApplicable);
        Assert.Equal(6, without.Current);
        Assert.Equal(Stage.DeFactoAnnexation, without.Stage);
        Assert.Contains(without.Warnings, w => w.Kind == WarningKinds.NotApplicable && w["domain"] == "border");

        // Left unevidenced instead, the border draws from the prior and de facto annexation becomes improbable.
        var prior = AssessIn(ledger, Place(), basis: Basis.Commitments);
        Assert.True(prior.Functional.ProbabilityOf(Stage.DeFactoAnnexation) < without.Functional.ProbabilityOf(Stage.DeFactoAnnexation));
    }

    [Fact]
    public void Assess_Incorporation_CountsFromTheEndOfItsStatedPeriod()
    {
        var ledger = Ledger(Category("status.formal_incorporation", "no", asOf: "2014-03-17"), Category("status.formal_incorporation", "yes", asOf: "2014-03-18"),
            Category("status.formal_incorporation", "yes", asOf: "2022"));
        Assert.Equal(Stage.InsufficientEvidence, Assess(ledger, asOf: "2014-03-17").Stage);
        var after = Assess(ledger, asOf: "2014-06-30");
        Assert.Equal(Stage.DeJureAnnexation, after.Stage);
        Assert.Equal(new DateOnly(2014, 3, 18), after.Formal.IncorporatedOn);
    }
}
