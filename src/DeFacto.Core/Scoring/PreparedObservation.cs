using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>
/// One observation made ready for drawing: its numeric range, or its category's score with the score
/// levels just below and above it, and the chance its qualifier leaves that the category is right.
/// Doubt is symmetric (DESIGN.md §5, point 5): a doubted category moves to a neighbouring level, up or
/// down with equal odds, or to the only neighbour at either end. Computed once per assessment so the
/// draw loop does no lookups.
/// </summary>
internal readonly record struct PreparedObservation(NumericRange Range, double Score, double Below, double Above, double Reliability, string? Category)
{
    public static PreparedObservation Of(Observation o, Indicator indicator, Codebook codebook)
    {
        var reliability = codebook.UncertaintyOf(o.Qualifier).CategoryReliability;
        if (indicator.IsNumeric)
        {
            return new PreparedObservation(NumericRange.Of(o, indicator, codebook), double.NaN, double.NaN, double.NaN, reliability, null);
        }

        var anchor = indicator.FindAnchor(o.Value.Category ?? "");
        if (anchor?.Score is not { } score)
        {
            return new PreparedObservation(default, double.NaN, double.NaN, double.NaN, reliability, o.Value.Category);
        }

        var levels = indicator.Anchors.Where(a => a.Score is not null).Select(a => a.Score!.Value).Distinct().Order().ToList();
        var below = levels.Where(l => l < score).DefaultIfEmpty(double.NaN).Max();
        var above = levels.Where(l => l > score).DefaultIfEmpty(double.NaN).Min();
        return new PreparedObservation(default, score, below, above, reliability, o.Value.Category);
    }

    public double SampleValue(SeededRandom random) => Range.Sample(random);

    /// <summary>The category's score, or a neighbouring level when the draw doubts it. Always uses two random numbers.</summary>
    public double SampleCategoryScore(SeededRandom random)
    {
        var trusted = random.NextDouble() < Reliability;
        var up = random.NextDouble() < 0.5;
        if (trusted)
        {
            return Score;
        }

        return (double.IsNaN(Below), double.IsNaN(Above)) switch
        {
            (true, true) => Score,
            (true, false) => Above,
            (false, true) => Below,
            _ => up ? Above : Below,
        };
    }
}
