namespace DeFacto.Core.Reliability;

/// <summary>
/// Krippendorff's α through the coincidence matrix (Krippendorff, "Computing Krippendorff's
/// Alpha-Reliability", 2011): α = 1 − D_o / D_e, where D_o weighs the disagreements coders made within
/// units and D_e the disagreements expected by chance from all pairable values. Units coded once are
/// not pairable and are left out; any number of coders and missing values are allowed.
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>
    /// α for units given as the values their coders assigned (missing values simply absent). For the
    /// ordinal metric the values are ranks; only their order matters.
    /// </summary>
    public static Agreement Compute(IEnumerable<IReadOnlyList<double>> units, AlphaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(units);
        var pairable = units.Where(u => u.Count >= 2).ToList();
        if (pairable.Count == 0)
        {
            return Agreement.None;
        }

        var values = pairable.SelectMany(u => u).Distinct().Order().ToArray();
        var index = values.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i);
        var size = values.Length;
        var coincidences = new double[size, size];
        var pairs = 0;
        foreach (var unit in pairable)
        {
            var weight = 1.0 / (unit.Count - 1);
            pairs += unit.Count * (unit.Count - 1) / 2;
            for (var i = 0; i < unit.Count; i++)
            {
                for (var j = 0; j < unit.Count; j++)
                {
                    if (i != j)
                    {
                        coincidences[index[unit[i]], index[unit[j]]] += weight;
                    }
                }
            }
        }

        var marginals = new double[size];
        for (var c = 0; c < size; c++)
        {
            for (var k = 0; k < size; k++)
            {
                marginals[c] += coincidences[c, k];
            }
        }

        var n = marginals.Sum();
        double observed = 0, expected = 0;
        for (var c = 0; c < size; c++)
        {
            for (var k = 0; k < size; k++)
            {
                var delta = Difference(metric, values, marginals, c, k);
                observed += coincidences[c, k] * delta;
                expected += marginals[c] * marginals[k] * delta;
            }
        }

        observed /= n;
        expected /= n * (n - 1);
        double? alpha = expected > 0 ? 1 - (observed / expected) : null;
        return new Agreement(alpha, observed, expected, (int)Math.Round(n), pairable.Count, pairs);
    }

    /// <summary>The squared difference δ² between the c-th and k-th distinct values.</summary>
    private static double Difference(AlphaMetric metric, double[] values, double[] marginals, int c, int k)
    {
        if (c == k)
        {
            return 0;
        }

        switch (metric)
        {
            case AlphaMetric.Nominal:
                return 1;
            case AlphaMetric.Interval:
                var d = values[c] - values[k];
                return d * d;
            default:
                // Ordinal: the values between c and k, counted by how often they occur, minus half the ends.
                var (low, high) = c < k ? (c, k) : (k, c);
                double between = 0;
                for (var g = low; g <= high; g++)
                {
                    between += marginals[g];
                }

                var o = between - ((marginals[low] + marginals[high]) / 2);
                return o * o;
        }
    }
}
