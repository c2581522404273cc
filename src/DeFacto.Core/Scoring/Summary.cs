namespace DeFacto.Core.Scoring;

/// <summary>A Monte Carlo summary: the median and the 90% interval (5th to 95th percentile); all null when there is no evidence.</summary>
public readonly record struct Summary(double? Median, double? Low, double? High)
{
    public static Summary None => new(null, null, null);

    public bool HasValue => Median is not null;

    /// <summary>Summarises draws; sorts the span it is given.</summary>
    public static Summary Of(Span<double> draws)
    {
        if (draws.IsEmpty)
        {
            return None;
        }

        draws.Sort();
        return new Summary(Quantile(draws, 0.5), Quantile(draws, 0.05), Quantile(draws, 0.95));
    }

    private static double Quantile(ReadOnlySpan<double> sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
