using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>
/// One observation made ready for drawing: its numeric range, or its category's score, the score it
/// falls back to, and the chance its qualifier leaves that the category is right. Computed once per
/// assessment so the draw loop does no lookups.
/// </summary>
internal readonly record struct PreparedObservation(NumericRange Range, double Score, double Fallback, double Reliability, string? Category)
{
    public static PreparedObservation Of(Observation o, Indicator indicator, Codebook codebook)
    {
        if (indicator.IsNumeric)
        {
            return new PreparedObservation(NumericRange.Of(o, indicator, codebook), double.NaN, double.NaN, 1, null);
        }

        var anchor = indicator.FindAnchor(o.Value.Category ?? "");
        var score = anchor?.Score ?? double.NaN;
        var fallback = anchor is null ? double.NaN : indicator.AnchorBelow(anchor)?.Score ?? score;
        return new PreparedObservation(default, score, fallback, codebook.UncertaintyOf(o.Qualifier).CategoryReliability, o.Value.Category);
    }

    public double SampleValue(SeededRandom random) => Range.Sample(random);

    public double SampleCategoryScore(SeededRandom random) =>
        random.NextDouble() < Reliability ? Score : Fallback;
}
