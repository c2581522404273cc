using DeFacto.Core.Evidence;
using DeFacto.Core.Reliability;
using DeFacto.Core.Time;

namespace DeFacto.Core.Tests.Reliability;

public sealed class ReliabilityAnalysisTests
{
    private static Observation Obs(string id, string indicator, ObservedValue value) =>
        Fixture.Obs(indicator, value, id: id) with { Coder = "first" };

    private static ObservationCoding Recode(string observation, ObservedValue value, string coder = "second", Resolution? resolution = null) => new()
    {
        Observation = observation,
        Coder = coder,
        Value = value,
        CodedOn = PartialDate.Parse("2026-12-01").Value,
        Resolution = resolution,
    };

    [Fact]
    public void Compute_RecodedObservations_ComparesEachWithItsFirstCoding()
    {
        Observation[] observations =
        [
            Obs("c1", "finance.currency", ObservedValue.OfCategory("patron")),
            Obs("c2", "finance.currency", ObservedValue.OfCategory("dual")),
            Obs("s1", "finance.patron_budget_share", ObservedValue.OfPoint(90)),
            Obs("s2", "finance.patron_budget_share", ObservedValue.OfPoint(50)),
            Obs("unrecoded", "finance.patron_budget_share", ObservedValue.OfPoint(10)),
        ];
        ObservationCoding[] codings =
        [
            Recode("c1", ObservedValue.OfCategory("patron")),
            Recode("c2", ObservedValue.OfCategory("patron")),
            Recode("s1", ObservedValue.OfInterval(85, 95)), // midpoint 90: agrees in α, yet a different coding
            Recode("s2", ObservedValue.OfPoint(50)),
        ];

        var report = ReliabilityAnalysis.Compute(Fixture.Codebook, observations, codings);

        Assert.Equal(4, report.Recoded);
        var currency = Assert.Single(report.Indicators, i => i.Indicator == "finance.currency");
        Assert.Equal(AlphaMetric.Ordinal, currency.Metric);
        var share = Assert.Single(report.Indicators, i => i.Indicator == "finance.patron_budget_share");
        Assert.Equal(AlphaMetric.Interval, share.Metric);
        Assert.Equal(1.0, share.Agreement.Alpha);
        Assert.Equal(["c2", "s1"], report.Disagreements.Select(d => d.Observation));
        Assert.Equal("first", report.Disagreements[0].First.Coder);
        Assert.Equal("second", report.Disagreements[0].Second.Coder);
    }

    [Fact]
    public void Compute_OriginalFirstCodingRecorded_ComparesWithItNotWithTheChangedEvidence()
    {
        // The evidence file was changed to the resolved value; the first coder's original stays as a coding.
        Observation[] observations = [Obs("b", "security.patron_base", ObservedValue.OfCategory("no"))];
        var resolution = new Resolution { Value = ObservedValue.OfCategory("no"), Reason = "leased from the parent" };
        ObservationCoding[] codings =
        [
            Recode("b", ObservedValue.OfCategory("yes"), coder: "first"),
            Recode("b", ObservedValue.OfCategory("no"), resolution: resolution),
        ];

        var report = ReliabilityAnalysis.Compute(Fixture.Codebook, observations, codings);

        var d = Assert.Single(report.Disagreements);
        Assert.Equal("yes", d.First.Value.Category);
        Assert.Equal("no", d.Second.Value.Category);
        Assert.Same(resolution, d.Resolution);
        Assert.Empty(report.Notes);
    }

    [Fact]
    public void Compute_ResolvedYetAgreeingWithoutTheOriginal_NotesTheOverwrittenFirstCoding()
    {
        Observation[] observations = [Obs("b", "security.patron_base", ObservedValue.OfCategory("no"))];
        ObservationCoding[] codings = [Recode("b", ObservedValue.OfCategory("no"), resolution: new Resolution { Value = ObservedValue.OfCategory("no"), Reason = "r" })];

        var report = ReliabilityAnalysis.Compute(Fixture.Codebook, observations, codings);

        Assert.Empty(report.Disagreements);
        Assert.Contains(report.Notes, n => n.Contains("original value", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_CodingOfUnknownObservation_IsLeftOutWithANote()
    {
        var report = ReliabilityAnalysis.Compute(Fixture.Codebook, [], [Recode("gone", ObservedValue.OfPoint(1))]);

        Assert.Equal(0, report.Recoded);
        Assert.Null(report.Overall.Alpha);
        Assert.Contains(report.Notes, n => n.StartsWith("gone:", StringComparison.Ordinal));
    }

    [Fact]
    public void Pool_WeighsEachIndicatorsDisagreementInItsOwnUnits()
    {
        // Interval disagreement in per cent squared is huge in raw terms; pooled, only D_o/D_e counts.
        var a = new IndicatorAgreement("a", AlphaMetric.Interval, new Agreement(0.5, 400, 800, 10, 5, 5));
        var b = new IndicatorAgreement("b", AlphaMetric.Ordinal, new Agreement(0.9, 0.1, 1, 30, 15, 15));
        var none = new IndicatorAgreement("c", AlphaMetric.Ordinal, new Agreement(null, 0, 0, 8, 4, 4));

        var pooled = ReliabilityAnalysis.Pool([a, b, none]);

        Assert.Equal(1 - (((10 * 0.5) + (30 * 0.1)) / 40), pooled.Alpha!.Value, 12);
        Assert.Equal(20, pooled.Pairs);
    }
}
