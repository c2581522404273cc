using System.Globalization;

namespace DeFacto.Core.Evidence;

/// <summary>
/// What a source says: a point, an interval, or a category. Exactly one form is set: the factories
/// are the only way to make one, and <see cref="Create"/> says why a set of parts is not a value.
/// </summary>
public readonly record struct ObservedValue
{
    private ObservedValue(double? point, double? low, double? high, string? category)
    {
        Point = point;
        Low = low;
        High = high;
        Category = category;
    }

    public double? Point { get; }

    public double? Low { get; }

    public double? High { get; }

    public string? Category { get; }

    public bool IsCategory => Category is not null;

    public bool IsInterval => Low is not null && High is not null;

    /// <summary>False only for <c>default</c>: a value with no form, which no factory makes.</summary>
    public bool HasForm => Point is not null || IsInterval || IsCategory;

    public static ObservedValue OfPoint(double value) => Create(value, null, null, null).Value;

    public static ObservedValue OfInterval(double low, double high) => Create(null, low, high, null).Value;

    public static ObservedValue OfCategory(string category) => Create(null, null, null, category).Value;

    /// <summary>
    /// A value from its stored or typed parts: exactly one of a point, an interval low ≤ high, or a
    /// category, with finite numbers. A missing value is a problem, never a zero.
    /// </summary>
    public static ParseResult<ObservedValue> Create(double? point, double? low, double? high, string? category)
    {
        var forms = (point is not null ? 1 : 0) + (low is not null || high is not null ? 1 : 0) + (category is not null ? 1 : 0);
        if (forms != 1)
        {
            return ParseResult<ObservedValue>.Fail(forms == 0
                ? "there is no value: give a value, an interval (low and high) or a category"
                : "give only one of a value, an interval (low and high) or a category");
        }

        if ((low is null) != (high is null))
        {
            return ParseResult<ObservedValue>.Fail("an interval needs both low and high");
        }

        if (new[] { point, low, high }.Any(x => x is { } v && !double.IsFinite(v)))
        {
            return ParseResult<ObservedValue>.Fail("the value is not a finite number");
        }

        if (low > high)
        {
            return ParseResult<ObservedValue>.Fail("an interval needs low ≤ high");
        }

        if (category is not null && string.IsNullOrWhiteSpace(category))
        {
            return ParseResult<ObservedValue>.Fail("the category is blank");
        }

        return ParseResult<ObservedValue>.Ok(new ObservedValue(point, low, high, category));
    }

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
