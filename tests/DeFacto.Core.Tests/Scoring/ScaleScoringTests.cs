using DeFacto.Core.Evidence;
using DeFacto.Core.Scoring;
using static DeFacto.Core.Tests.Fixture;

namespace DeFacto.Core.Tests.Scoring;

public sealed class ScaleScoringTests
{
    private static IndicatorResult Indicator(Assessment a, string id) => a.Indicators.Single(i => i.Indicator.Id == id);

    [Fact]
    public void Assess_EstimatedShare_ValueWidenedAndScoredAsShare()
    {
        var a = Assess(Ledger(Share("citizenship.patron_passport_share", 90, "estimate")));
        var i = Indicator(a, "citizenship.patron_passport_share");
        Assert.Equal(90, i.Value!.Point);
        Assert.Equal(85, i.Value.Low!.Value, 6);
        Assert.Equal(95, i.Value.High!.Value, 6);
        Assert.InRange(i.Score.Median!.Value, 0.88, 0.92);
        Assert.True(i.Score.Low < i.Score.Median && i.Score.Median < i.Score.High);
    }

    [Fact]
    public void Assess_ShareNearCeiling_ClampedToScale()
    {
        var a = Assess(Ledger(Share("finance.patron_budget_share", 99, "claimed")));
        Assert.Equal(100, Indicator(a, "finance.patron_budget_share").Value!.High);
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("case-by-case", 0.333)]
    [InlineData("systematic", 0.667)]
    [InlineData("universal", 1)]
    public void Assess_OrdinalCategory_ScoresAtItsAnchor(string category, double expected)
    {
        var a = Assess(Ledger(Category("citizenship.patron_naturalisation", category, qualifier: "official")));
        Assert.Equal(expected, Indicator(a, "citizenship.patron_naturalisation").Score.Median!.Value, 3);
    }

    [Theory]
    [InlineData("yes", 1)]
    [InlineData("no", 0)]
    public void Assess_BinaryCategory_ScoresZeroOrOne(string category, double expected)
    {
        var a = Assess(Ledger(Category("security.patron_base", category, qualifier: "official")));
        Assert.Equal(expected, Indicator(a, "security.patron_base").Score.Median!.Value, 6);
    }

    [Fact]
    public void Assess_DisputedTopCategory_DoubtMovesToTheNeighbouringLevel()
    {
        // "yes" (1) has one neighbour, a base leased from the parent (0.25): doubt can only move there.
        var a = Assess(Ledger(Category("security.patron_base", "yes", qualifier: "disputed")));
        var score = Indicator(a, "security.patron_base").Score;
        Assert.Equal(0.25, score.Low!.Value, 6);
        Assert.Equal(1, score.High!.Value, 6);
    }

    [Fact]
    public void Assess_DisputedMiddleCategory_DoubtMovesUpAndDown()
    {
        var a = Assess(Ledger(Category("citizenship.patron_naturalisation", "systematic", qualifier: "disputed")));
        var score = Indicator(a, "citizenship.patron_naturalisation").Score;
        Assert.Equal(0.333, score.Low!.Value, 3);
        Assert.Equal(0.667, score.Median!.Value, 3);
        Assert.Equal(1, score.High!.Value, 3);
    }

    [Fact]
    public void Assess_DualCurrency_ScoresHalf()
    {
        var a = Assess(Ledger(Category("finance.currency", "dual", qualifier: "official")));
        Assert.Equal(0.5, a.Domain("finance")!.Score.Median!.Value, 6);
    }

    [Fact]
    public void Assess_DomainScore_IsMeanOfItsEvidencedIndicators()
    {
        var a = Assess(Ledger(
            Category("government.patron_officials", "always-some", qualifier: "official"),
            Category("government.official_pay_parity", "no", qualifier: "official")));
        Assert.Equal(0.667 / 2, a.Domain("government")!.Score.Median!.Value, 3);
        Assert.Equal(1, a.Evidenced);
    }

    [Fact]
    public void Assess_NoEvidence_PriorIndexAndInsufficientEvidence()
    {
        var a = Assess(Ledger());
        Assert.InRange(a.Index.Median!.Value, 0.4, 0.6);
        Assert.True(a.Index.High - a.Index.Low > 0.2);
        Assert.Equal(Stage.InsufficientEvidence, a.Stage);
        Assert.Null(a.Functional.Stage);
        Assert.All(a.Domains, d => Assert.Equal(Coverage.None, d.Coverage));
        Assert.Contains(a.Warnings, w => w.Kind == WarningKinds.NoEvidence);
    }

    [Fact]
    public void Assess_EvidenceAfterTheDate_IsIgnored()
    {
        var a = Assess(Ledger(Share("finance.patron_budget_share", 90, asOf: "2016")), asOf: "2015-12-31");
        Assert.False(a.Domain("finance")!.Evidenced);
    }

    [Fact]
    public void Assess_SeveralObservations_UsesTheLatestOnOrBeforeTheDate()
    {
        var a = Assess(Ledger(
            Share("finance.patron_budget_share", 60, asOf: "2008"),
            Share("finance.patron_budget_share", 90, asOf: "2015-03"),
            Share("finance.patron_budget_share", 10, asOf: "2020")), asOf: "2015-06-30");
        Assert.Equal(90, Indicator(a, "finance.patron_budget_share").Value!.Point);
    }

    [Fact]
    public void Assess_AgeingEvidence_FlaggedAndNotCurrent()
    {
        // 3.5 years after its period: past fresh_years (3), before stale_after_years (6).
        var a = Assess(Ledger(Share("finance.patron_budget_share", 60, asOf: "2011")), asOf: "2015-06-30");
        var i = Indicator(a, "finance.patron_budget_share");
        Assert.Single(i.Stale);
        Assert.False(i.Current);
        Assert.Equal(Coverage.Old, a.Domain("finance")!.Coverage);
        Assert.Contains(a.Warnings, w => w.Kind == WarningKinds.AgeingEvidence && w["indicator"] == "finance.patron_budget_share");
    }

    [Fact]
    public void Assess_StaleEvidence_NoLongerCountsAndTheDomainIsThePrior()
    {
        var fresh = Assess(Ledger(Share("finance.patron_budget_share", 95, "official", asOf: "2015-03")), asOf: "2015-06-30");
        var stale = Assess(Ledger(Share("finance.patron_budget_share", 95, "official", asOf: "2006")), asOf: "2015-06-30");
        Assert.InRange(fresh.Domain("finance")!.Score.Median!.Value, 0.93, 0.97);
        Assert.InRange(stale.Domain("finance")!.Score.Median!.Value, 0.35, 0.65);
        Assert.Equal(Coverage.Old, stale.Domain("finance")!.Coverage);
        Assert.False(stale.Indicators.Single(i => i.Indicator.Id == "finance.patron_budget_share").Evidenced);
    }

    [Fact]
    public void Assess_RecentEvidence_NotStale()
    {
        var a = Assess(Ledger(Share("finance.patron_budget_share", 60, asOf: "2014")), asOf: "2015-06-30");
        Assert.Empty(Indicator(a, "finance.patron_budget_share").Stale);
    }

    [Fact]
    public void Assess_TwoSourcesSameDate_BothCitedAndBothDrawn()
    {
        var a = Assess(Ledger(
            Obs("finance.patron_budget_share", ObservedValue.OfPoint(60), id: "a", qualifier: "official"),
            Obs("finance.patron_budget_share", ObservedValue.OfPoint(90), id: "b", qualifier: "official")));
        var i = Indicator(a, "finance.patron_budget_share");
        Assert.Equal(2, i.Observations.Count);
        Assert.InRange(i.Score.Low!.Value, 0.58, 0.62);
        Assert.InRange(i.Score.High!.Value, 0.88, 0.92);
    }

    [Fact]
    public void Assess_LaterPeriod_SupersedesAnEarlierOneInsteadOfPooling()
    {
        var a = Assess(Ledger(
            Obs("finance.patron_budget_share", ObservedValue.OfPoint(30), asOf: "2013", id: "old", qualifier: "official"),
            Obs("finance.patron_budget_share", ObservedValue.OfPoint(90), asOf: "2015-03", id: "new", qualifier: "official")), asOf: "2015-06-30");
        var i = Indicator(a, "finance.patron_budget_share");
        Assert.Equal(["new"], i.Observations.Select(o => o.Id));
    }
}
