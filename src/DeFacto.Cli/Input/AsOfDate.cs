using DeFacto.Core.Time;

namespace DeFacto.Cli.Input;

/// <summary>Reads <c>--as-of</c>: YYYY means the year's last day, YYYY-MM the month's last day.</summary>
internal static class AsOfDate
{
    public static DateOnly Parse(string? text, DateOnly today, string option = "--as-of")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return today;
        }

        var parsed = PartialDate.Parse(text);
        if (!parsed.Success)
        {
            throw new UserErrorException($"{option}: {parsed.Error}");
        }

        return parsed.Value.End;
    }
}
