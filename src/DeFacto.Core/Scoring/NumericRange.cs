using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;

namespace DeFacto.Core.Scoring;

/// <summary>
/// The range a numeric observation stands for. A stated interval is taken as the source's own
/// uncertainty and not widened; a point gets the half-width its qualifier calls for (percentage
/// points for shares, a fraction of the value for counts and ratios), clamped to the scale.
/// </summary>
public readonly record struct NumericRange(double? Point, double Low, double High)
{
    public static NumericRange Of(Observation observation, Indicator indicator, Codebook codebook)
    {
        var value = observation.Value;
        if (value.IsInterval)
        {
            return new NumericRange(null, Clamp(value.Low!.Value, indicator), Clamp(value.High!.Value, indicator));
        }

        var point = value.Point ?? 0;
        var q = codebook.UncertaintyOf(observation.Qualifier);
        var spread = indicator.Scale == Scale.Share ? q.ShareSpread : q.RelativeSpread * Math.Abs(point);
        return new NumericRange(point, Clamp(point - spread, indicator), Clamp(point + spread, indicator));
    }

    /// <summary>The envelope of several ranges, keeping the first one's point.</summary>
    public static NumericRange Envelope(IReadOnlyList<NumericRange> ranges) =>
        new(ranges[0].Point ?? (ranges.Count == 1 ? null : ranges.Average(r => r.Centre)), ranges.Min(r => r.Low), ranges.Max(r => r.High));

    public double Centre => Point ?? ((Low + High) / 2);

    public double Sample(Randomness.SeededRandom random) =>
        Point is { } p ? random.Triangular(Low, p, High) : Low + (random.NextDouble() * (High - Low));

    private static double Clamp(double v, Indicator indicator) =>
        Math.Clamp(v, indicator.Minimum ?? double.NegativeInfinity, indicator.Maximum ?? double.PositiveInfinity);
}
