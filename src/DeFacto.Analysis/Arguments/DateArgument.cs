using System.Text.RegularExpressions;
using DeFacto.Analysis.Answers;
using DeFacto.Core.Time;

namespace DeFacto.Analysis.Arguments;

/// <summary>
/// Dates as people type them: YYYY (the year's last day), YYYY-MM (the month's last day) or YYYY-MM-DD; a
/// month or day written with one digit (2015-1-1) is read as meant. Left out means the default; given but
/// empty is a problem, since it is usually a variable that was not set.
/// </summary>
public static partial class DateArgument
{
    /// <summary>The date to assess at; left out means today.</summary>
    public static Outcome<DateOnly> AsOf(string? text, DateOnly today, string field = "as-of") =>
        text is null ? Outcomes.Of(today) : Read(text, field).Select(d => d.End);

    /// <summary>A date as precise as it is given; left out means none.</summary>
    public static Outcome<PartialDate?> Optional(string? text, string field) =>
        text is null ? Outcomes.Of<PartialDate?>(null) : Read(text, field).Select(d => (PartialDate?)d);

    private static Outcome<PartialDate> Read(string text, string field)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return Outcomes.Fail<PartialDate>(Problem.Invalid(field, "is empty: give a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015-01-31), or leave it out"));
        }

        var loose = Loose().Match(trimmed);
        if (loose.Success)
        {
            trimmed = loose.Groups["y"].Value + "-" + loose.Groups["m"].Value.PadLeft(2, '0')
                + (loose.Groups["d"].Success ? "-" + loose.Groups["d"].Value.PadLeft(2, '0') : "");
        }

        var parsed = PartialDate.Parse(trimmed);
        return parsed.TryGetValue(out var date)
            ? Outcomes.Of(date)
            : Outcomes.Fail<PartialDate>(Problem.Invalid(field, $"{parsed.Error} (e.g. 2015, 2015-01 or 2015-01-31)"));
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?$")]
    private static partial Regex Loose();
}
