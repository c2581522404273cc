using DeFacto.Core.Reliability;

namespace DeFacto.Core.Tests.Reliability;

/// <summary>
/// α against published worked examples. The expected figures come from:
/// <list type="bullet">
/// <item>K. Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
/// Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 — section A
/// (binary data, two observers: α = 0.095) and sections C–E (four observers, twelve units, missing
/// values: nominal α = 0.743, ordinal α = 0.815, interval α = 0.849).</item>
/// <item>The computational example of the Wikipedia article "Krippendorff's alpha" (three coders, fifteen
/// units: nominal α = 0.691, interval α = 0.811), the same figures the test suite of the
/// fast-krippendorff Python package (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py) checks.</item>
/// </list>
/// </summary>
public sealed class KrippendorffAlphaTests
{
    // Krippendorff (2011), sections C–E: observers A–D (rows), units 1–12 (columns); null is a missing value.
    private static readonly double?[][] FourObservers =
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];

    // Wikipedia, "Krippendorff's alpha", a computational example: coders (rows), units 1–15 (columns).
    private static readonly double?[][] ThreeCoders =
    [
        [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
        [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
        [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
    ];

    [Theory]
    [InlineData(AlphaMetric.Nominal, 0.743)]
    [InlineData(AlphaMetric.Ordinal, 0.815)]
    [InlineData(AlphaMetric.Interval, 0.849)]
    public void Compute_KrippendorffFourObserverExample_MatchesPublishedAlpha(AlphaMetric metric, double expected)
    {
        var agreement = KrippendorffAlpha.Compute(Units(FourObservers), metric);

        Assert.Equal(expected, Math.Round(agreement.Alpha!.Value, 3));
        Assert.Equal(11, agreement.Units); // unit 12 has one value and is not pairable
        Assert.Equal(40, agreement.Values);
    }

    [Theory]
    [InlineData(AlphaMetric.Nominal, 0.691)]
    [InlineData(AlphaMetric.Interval, 0.811)]
    public void Compute_WikipediaExample_MatchesPublishedAlpha(AlphaMetric metric, double expected)
    {
        var agreement = KrippendorffAlpha.Compute(Units(ThreeCoders), metric);

        Assert.Equal(expected, Math.Round(agreement.Alpha!.Value, 3));
    }

    [Fact]
    public void Compute_KrippendorffBinaryExample_MatchesPublishedAlpha()
    {
        double?[][] data =
        [
            [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
            [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
        ];

        var nominal = KrippendorffAlpha.Compute(Units(data), AlphaMetric.Nominal);
        var ordinal = KrippendorffAlpha.Compute(Units(data), AlphaMetric.Ordinal);

        Assert.Equal(0.095, Math.Round(nominal.Alpha!.Value, 3));
        Assert.Equal(nominal.Alpha!.Value, ordinal.Alpha!.Value, 12); // two ranks: ordinal is nominal
        Assert.Equal(10, nominal.Pairs);
    }

    [Fact]
    public void Compute_PerfectAgreement_IsOne()
    {
        var agreement = KrippendorffAlpha.Compute([[1, 1], [2, 2], [5, 5, 5]], AlphaMetric.Interval);

        Assert.Equal(1.0, agreement.Alpha);
        Assert.Equal(5, agreement.Pairs);
    }

    [Fact]
    public void Compute_NoVariation_IsUndefined()
    {
        var agreement = KrippendorffAlpha.Compute([[3, 3], [3, 3]], AlphaMetric.Ordinal);

        Assert.Null(agreement.Alpha);
        Assert.Equal(2, agreement.Units);
    }

    [Fact]
    public void Compute_NoUnitCodedTwice_IsNone()
    {
        var agreement = KrippendorffAlpha.Compute([[1], [2]], AlphaMetric.Nominal);

        Assert.Null(agreement.Alpha);
        Assert.Equal(0, agreement.Pairs);
    }

    [Fact]
    public void Compute_OrdinalIgnoresSpacing_IntervalDoesNot()
    {
        // The same disagreement one rank apart; the interval metric sees a far larger gap when the ranks are 1 and 100.
        IReadOnlyList<double>[] near = [[1, 2], [1, 1], [2, 2], [3, 3]];
        IReadOnlyList<double>[] far = [[1, 100], [1, 1], [100, 100], [200, 200]];

        Assert.Equal(KrippendorffAlpha.Compute(near, AlphaMetric.Ordinal).Alpha!.Value, KrippendorffAlpha.Compute(far, AlphaMetric.Ordinal).Alpha!.Value, 12);
        Assert.NotEqual(KrippendorffAlpha.Compute(near, AlphaMetric.Interval).Alpha!.Value, KrippendorffAlpha.Compute(far, AlphaMetric.Interval).Alpha!.Value, 6);
    }

    private static List<IReadOnlyList<double>> Units(double?[][] byCoder) =>
        Enumerable.Range(0, byCoder[0].Length)
            .Select(u => (IReadOnlyList<double>)byCoder.Select(row => row[u]).OfType<double>().ToList())
            .ToList();
}
