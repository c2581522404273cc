using System.Globalization;

namespace DeFacto.Core.Evidence;

/// <summary>What a source says: a point, an interval, or a category. Exactly one form is set.</summary>
public readonly record struct ObservedValue(double? Point, double? Low, double? High, string? Category)
{
    public bool IsCategory => Category is not null;

    public bool IsInterval => Low is not null && High is not null;

    public static ObservedValue OfPoint(double value) => new(value, null, null, null);

    public static ObservedValue OfInterval(double low, double high) => new(null, low, high, null);

    public static ObservedValue OfCategory(string category) => new(null, null, null, category);

    /// <summary>The value's centre: the point, or the interval's midpoint.</summary>
    public double? Centre => Point ?? (IsInterval ? (Low!.Value + High!.Value) / 2 : null);

    public override string ToString()
    {
        if (Category is not null)
        {
            return Category;
        }

        if (IsInterval)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Low:0.###}–{High:0.###}");
        }

        return Point?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";
    }
}
