namespace DeFacto.Core.Scoring;

/// <summary>A Monte Carlo summary: the median and the 90% interval (5th to 95th percentile); all null when there is no evidence.</summary>
public readonly record struct Summary(double? Median, double? Low, double? High)
{
    public static Summary None => new(null, null, null);

    public bool HasValue => Median is not null;

    /// <summary>Summarises draws; reorders the span it is given. Quantiles interpolate linearly between
    /// order statistics (as a full sort would give), found by selection rather than sorting: an assessment
    /// summarises a few dozen arrays of draws, and sorting them was most of its cost.</summary>
    public static Summary Of(Span<double> draws)
    {
        if (draws.IsEmpty)
        {
            return None;
        }

        return new Summary(Quantile(draws, 0.5), Quantile(draws, 0.05), Quantile(draws, 0.95));
    }

    /// <summary>Summarises the draws that are numbers, leaving out NaN (draws without usable evidence); does not change <paramref name="draws"/>.</summary>
    public static Summary OfNumbers(double[] draws)
    {
        ArgumentNullException.ThrowIfNull(draws);
        var copy = new double[draws.Length];
        var n = 0;
        foreach (var d in draws)
        {
            if (!double.IsNaN(d))
            {
                copy[n++] = d;
            }
        }

        return Of(copy.AsSpan(0, n));
    }

    private static double Quantile(Span<double> values, double q)
    {
        var position = q * (values.Length - 1);
        var below = (int)Math.Floor(position);
        var low = Select(values, below);
        if (below + 1 >= values.Length)
        {
            return low;
        }

        // After selection everything right of `below` is at least as large: the next order statistic is their minimum.
        var high = double.PositiveInfinity;
        foreach (var v in values[(below + 1)..])
        {
            high = Math.Min(high, v);
        }

        return low + ((position - below) * (high - low));
    }

    /// <summary>The k-th smallest value (Hoare's selection with a median-of-three pivot); partitions the span around it.</summary>
    private static double Select(Span<double> a, int k)
    {
        int left = 0, right = a.Length - 1;
        while (right > left)
        {
            var mid = left + ((right - left) / 2);
            if (a[mid] < a[left])
            {
                (a[mid], a[left]) = (a[left], a[mid]);
            }

            if (a[right] < a[left])
            {
                (a[right], a[left]) = (a[left], a[right]);
            }

            if (a[right] < a[mid])
            {
                (a[right], a[mid]) = (a[mid], a[right]);
            }

            var pivot = a[mid];
            int i = left, j = right;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (pivot < a[j])
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }

        return a[k];
    }
}
