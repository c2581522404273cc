using DeFacto.Analysis.Answers;
using DeFacto.Core.Time;

namespace DeFacto.Analysis.Arguments;

/// <summary>Dates as people type them: YYYY (the year's last day), YYYY-MM (the month's last day) or YYYY-MM-DD.</summary>
public static class DateArgument
{
    /// <summary>The date to assess at; empty means today.</summary>
    public static Outcome<DateOnly> AsOf(string? text, DateOnly today, string field = "as-of")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcomes.Of(today);
        }

        var parsed = PartialDate.Parse(text);
        return parsed.TryGetValue(out var date) ? Outcomes.Of(date.End) : Outcomes.Fail<DateOnly>(Problem.Invalid(field, parsed.Error!));
    }

    /// <summary>A date as precise as it is given; empty means none.</summary>
    public static Outcome<PartialDate?> Optional(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcomes.Of<PartialDate?>(null);
        }

        var parsed = PartialDate.Parse(text);
        return parsed.TryGetValue(out var date) ? Outcomes.Of<PartialDate?>(date) : Outcomes.Fail<PartialDate?>(Problem.Invalid(field, parsed.Error!));
    }
}
