using DeFacto.Core.Evidence;

namespace DeFacto.Core.Reliability;

/// <summary>When two codings of a value count as the same.</summary>
public static class CodingComparer
{
    /// <summary>The same category, or the same point or interval (a point equals the interval [p, p]).</summary>
    public static bool SameValue(ObservedValue a, ObservedValue b)
    {
        if (a.IsCategory || b.IsCategory)
        {
            return a.IsCategory && b.IsCategory && string.Equals(a.Category, b.Category, StringComparison.Ordinal);
        }

        return Bounds(a) == Bounds(b);
    }

    private static (double?, double?) Bounds(ObservedValue v) => v.IsInterval ? (v.Low, v.High) : (v.Point, v.Point);
}
