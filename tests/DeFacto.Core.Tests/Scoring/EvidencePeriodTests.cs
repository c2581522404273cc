using DeFacto.Core.Evidence;
using DeFacto.Core.Scoring;
using DeFacto.Core.Time;
using static DeFacto.Core.Tests.Fixture;

namespace DeFacto.Core.Tests.Scoring;

/// <summary>Evidence has a period and an age, and events end it (DESIGN.md §5, point 3).</summary>
public sealed class EvidencePeriodTests
{
    [Fact]
    public void Assess_ObservationWithSince_AttestsTheWholePeriod()
    {
        var rouble = Category("finance.currency", "patron", asOf: "2023", qualifier: "official") with { Since = PartialDate.Parse("2008").Value };
        var a = Assess(Ledger(rouble), asOf: "2010-12-31");
        Assert.Equal(Coverage.Current, a.Domain("finance")!.Coverage);
        Assert.Equal(1, a.Domain("finance")!.Score.Median!.Value, 6);

        var before = Assess(Ledger(rouble), asOf: "2007-12-31");
        Assert.Equal(Coverage.None, before.Domain("finance")!.Coverage);
    }

    [Fact]
    public void Assess_CarriedForward_CurrentThenAgeingThenStale()
    {
        var ledger = Ledger(Category("border.patron_crossing_regime", "full-controls", asOf: "2020-03", qualifier: "official"));
        Assert.Equal(Coverage.Current, Assess(ledger, asOf: "2022-12-31").Domain("border")!.Coverage);
        var ageing = Assess(ledger, asOf: "2024-12-31").Domain("border")!;
        Assert.Equal(Coverage.Old, ageing.Coverage);
        Assert.True(ageing.Score.High - ageing.Score.Low > 0.5);
        Assert.Empty(Assess(ledger, asOf: "2026-06-30").Domain("border")!.Indicators.Single(i => i.Indicator.Id == "border.patron_crossing_regime").Observations);
    }

    [Fact]
    public void Assess_WarAfterTheEvidence_EndsSecurityButNotFinance()
    {
        var ledger = Ledger(
            [Category("security.line_control", "joint", asOf: "2007", qualifier: "official"), Category("finance.currency", "patron", asOf: "2007", qualifier: "official")],
            [Happened("war", "2008-08-08")]);
        var a = Assess(ledger, asOf: "2008-12-31");
        Assert.NotEqual(Coverage.Current, a.Domain("security")!.Coverage);
        Assert.Equal(Coverage.Current, a.Domain("finance")!.Coverage);
        Assert.Contains(a.Warnings, w => w.Kind == WarningKinds.EvidenceEnded && w["indicator"] == "security.line_control");
    }

    [Fact]
    public void Assess_EventNamingItsDomains_OverridesItsTypeDefault()
    {
        var ledger = Ledger([Category("finance.currency", "patron", asOf: "2020", qualifier: "official")], [Happened("other", "2021-06-01", ["finance"])]);
        Assert.Equal(Coverage.Old, Assess(ledger, asOf: "2021-12-31").Domain("finance")!.Coverage);

        var silent = Ledger([Category("security.line_control", "patron", asOf: "2020", qualifier: "official")], [Happened("war", "2021-06-01", [])]);
        Assert.Equal(Coverage.Current, Assess(silent, asOf: "2021-12-31").Domain("security")!.Coverage);
    }

    [Fact]
    public void Assess_EvidenceAfterTheEndingEvent_StillCounts()
    {
        var ledger = Ledger([Category("finance.currency", "patron", asOf: "2022-10", qualifier: "official")], [Happened("takeover", "2022-09-30")]);
        Assert.Equal(Coverage.Current, Assess(ledger, asOf: "2022-12-31").Domain("finance")!.Coverage);
    }
}
