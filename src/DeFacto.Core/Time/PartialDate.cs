using System.Globalization;

namespace DeFacto.Core.Time;

/// <summary>
/// A date as precise as its source: <c>2015</c>, <c>2015-03</c> or <c>2015-03-18</c>. It stands for
/// its whole period; <see cref="Start"/> and <see cref="End"/> give the period's first and last day.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
        _ => new DateOnly(Year, 12, 31),
    };

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static PartialDate OfYear(int year) => new(year, null, null);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; says what is wrong instead of throwing.</summary>
    public static ParseResult<PartialDate> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<PartialDate>.Fail("a date is required (YYYY, YYYY-MM or YYYY-MM-DD)");
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !TryInt(parts[0], out var year) || year < 1000)
        {
            return ParseResult<PartialDate>.Fail($"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
        }

        if (parts.Length == 1)
        {
            return ParseResult<PartialDate>.Ok(new PartialDate(year, null, null));
        }

        if (parts[1].Length != 2 || !TryInt(parts[1], out var month) || month is < 1 or > 12)
        {
            return ParseResult<PartialDate>.Fail($"'{text}' has no month {parts[1]}: months run 01 to 12");
        }

        if (parts.Length == 2)
        {
            return ParseResult<PartialDate>.Ok(new PartialDate(year, month, null));
        }

        var days = DateTime.DaysInMonth(year, month);
        if (parts[2].Length != 2 || !TryInt(parts[2], out var day) || day < 1 || day > days)
        {
            return ParseResult<PartialDate>.Fail($"'{text}' has no day {parts[2]}: {year}-{month:00} has {days} days");
        }

        return ParseResult<PartialDate>.Ok(new PartialDate(year, month, day));
    }

    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>True when the two periods share no day.</summary>
    public bool IsDisjointFrom(PartialDate other) => End < other.Start || other.End < Start;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static bool TryInt(string s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
