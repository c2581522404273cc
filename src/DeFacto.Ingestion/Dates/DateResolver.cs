using System.Globalization;
using DeFacto.Core.Time;

namespace DeFacto.Ingestion.Dates;

/// <summary>
/// Turns date mentions into dates against the document's own date: a weekday beside a month and day
/// fixes the year ("Wednesday, March 18" near 2015 is 2015-03-18), a bare "March 18" takes the
/// document's year, "yesterday" and "last year" count from the document's date.
/// </summary>
internal static class DateResolver
{
    public static PartialDate? Resolve(DateMention mention, PartialDate? document)
    {
        if (mention.Anniversary is not null)
        {
            return null;
        }

        if (mention.Year is { } year)
        {
            return Make(year, mention.Month, mention.Day);
        }

        if (mention.Month is { } month && mention.Day is { } day)
        {
            if (document is not { } doc)
            {
                return null;
            }

            if (mention.Weekday is { } weekday)
            {
                return YearWithWeekday(doc.Year, month, day, weekday) is { } y ? Make(y, month, day) : null;
            }

            var sameYear = Make(doc.Year, month, day);
            return sameYear is { } s && s.Start > doc.End.AddDays(31) ? Make(doc.Year - 1, month, day) : sameYear;
        }

        if (document is not { } d)
        {
            return null;
        }

        if (mention.Month is { } onlyMonth)
        {
            return Make(d.Year + (mention.RelativeYears ?? 0), onlyMonth, null);
        }

        if (mention.RelativeYears is { } years)
        {
            return mention.Ago && d.Month is not null ? Make(d.Year + years, d.Month, null) : PartialDate.OfYear(d.Year + years);
        }

        if (mention.RelativeDays is { } days)
        {
            return d.Precision == DatePrecision.Day ? PartialDate.FromDate(d.Start.AddDays(days)) : d;
        }

        return null;
    }

    /// <summary>The year nearest <paramref name="around"/> in which month-day falls on the weekday.</summary>
    public static int? YearWithWeekday(int around, int month, int day, DayOfWeek weekday)
    {
        foreach (var offset in new[] { 0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6 })
        {
            var year = around + offset;
            if (year is < 1800 or > 2200 || day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            if (new DateOnly(year, month, day).DayOfWeek == weekday)
            {
                return year;
            }
        }

        return null;
    }

    public static PartialDate? Make(int year, int? month, int? day)
    {
        var text = month is null ? year.ToString("0000", CultureInfo.InvariantCulture)
            : day is null ? string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
        var parsed = PartialDate.Parse(text);
        return parsed.Success ? parsed.Value : null;
    }

    public static PartialDate? MinusYears(PartialDate date, int years) => Make(date.Year - years, date.Month, null);
}
