using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;

namespace DeFacto.Core.Reliability;

/// <summary>How an indicator's codings enter α: which metric, and which number stands for a value.</summary>
public static class ReliabilityMetric
{
    /// <summary>Ordinal for ranked and binary categories, nominal for unranked ones, interval for numbers.</summary>
    public static AlphaMetric For(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Scale switch
        {
            Scale.Ordinal or Scale.Binary => AlphaMetric.Ordinal,
            Scale.Category => AlphaMetric.Nominal,
            _ => AlphaMetric.Interval,
        };
    }

    /// <summary>
    /// A category's position in the codebook's anchor list (the order the codebook defines, which for
    /// ordinal indicators runs from the territory or parent holding the function to the patron holding it);
    /// a number's point, or its interval's midpoint. Null for a value the indicator does not admit.
    /// </summary>
    public static double? Number(Indicator indicator, ObservedValue value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (value.Category is { } category)
        {
            var anchor = indicator.FindAnchor(category);
            return anchor is null ? null : IndexOf(indicator, anchor);
        }

        return indicator.IsNumeric ? value.Centre : null;
    }

    private static int IndexOf(Indicator indicator, Anchor anchor)
    {
        for (var i = 0; i < indicator.Anchors.Count; i++)
        {
            if (ReferenceEquals(indicator.Anchors[i], anchor))
            {
                return i;
            }
        }

        return -1;
    }
}
