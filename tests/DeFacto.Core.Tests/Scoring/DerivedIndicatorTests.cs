using DeFacto.Core.Evidence;
using static DeFacto.Core.Tests.Fixture;

namespace DeFacto.Core.Tests.Scoring;

public sealed class DerivedIndicatorTests
{
    private const string Ratio = "security.armed_patron_per_resident";

    [Fact]
    public void Assess_SeedFigures_RatioIntervalCarriesThroughResidentsRange()
    {
        var a = Assess(Ledger(
            Obs("security.patron_troops", ObservedValue.OfPoint(3500), qualifier: "official"),
            Obs("security.patron_border_guards", ObservedValue.OfPoint(1500), qualifier: "official"),
            Obs("population.residents", ObservedValue.OfInterval(30000, 40000))));
        var v = a.Indicators.Single(i => i.Indicator.Id == Ratio).Value!;

        // 5,000 armed among 30,000–40,000 residents: 5,000/45,000 to 5,000/35,000, widened by the counts' ±1%.
        Assert.InRange(v.Low!.Value, 0.109, 0.1112);
        Assert.InRange(v.High!.Value, 0.1428, 0.1445);
        Assert.Equal(5000.0 / 40000, v.Point!.Value, 6);
    }

    [Fact]
    public void Assess_RatioAboveGoalpost_ScoresOne()
    {
        var a = Assess(Ledger(SeedLike()));
        var i = a.Indicators.Single(x => x.Indicator.Id == Ratio);
        Assert.Equal(1, i.Score.Median!.Value, 6);
        Assert.Equal(3, i.Observations.Count);
    }

    [Fact]
    public void Assess_SmallGarrison_ScoresBelowOne()
    {
        var a = Assess(Ledger(
            Obs("security.patron_troops", ObservedValue.OfPoint(400), qualifier: "official"),
            Obs("population.residents", ObservedValue.OfPoint(475000), qualifier: "official")));
        var i = a.Indicators.Single(x => x.Indicator.Id == Ratio);
        Assert.InRange(i.Score.Median!.Value, 0.01, 0.03);
        Assert.Contains(a.Warnings, w => w.Kind == Core.Scoring.WarningKinds.DerivedInputMissing && w["inputs"].Contains("security.patron_border_guards", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_NoResidents_FallsBackToDirectObservation()
    {
        var a = Assess(Ledger(
            Obs("security.patron_troops", ObservedValue.OfPoint(3500)),
            Obs(Ratio, ObservedValue.OfPoint(0.143), qualifier: "approximate")));
        var i = a.Indicators.Single(x => x.Indicator.Id == Ratio);
        Assert.Equal(0.143, i.Value!.Point);
        Assert.Equal(1, i.Score.Median!.Value, 6);
    }

    [Fact]
    public void Assess_OnlyTroops_RatioNotEvidenced()
    {
        var a = Assess(Ledger(Obs("security.patron_troops", ObservedValue.OfPoint(3500))));
        Assert.False(a.Domain("security")!.Evidenced);
    }
}
