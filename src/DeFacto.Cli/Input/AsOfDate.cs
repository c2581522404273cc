using System.Text.RegularExpressions;
using DeFacto.Core.Time;

namespace DeFacto.Cli.Input;

/// <summary>Reads <c>--as-of</c>: YYYY means the year's last day, YYYY-MM the month's last day.</summary>
internal static partial class AsOfDate
{
    public static DateOnly Parse(string? text, DateOnly today, string option = "--as-of") =>
        text is null ? today : Date(text, option).End;

    /// <summary>
    /// A date as typed: YYYY, YYYY-MM or YYYY-MM-DD; a month or day written with one digit (2015-1-1) is
    /// read as meant. An empty value is an error: leave the option out for the default.
    /// </summary>
    public static PartialDate Date(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new UserErrorException($"{option} is empty: give a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015-01-31), or leave the option out");
        }

        var loose = Loose().Match(trimmed);
        if (loose.Success)
        {
            trimmed = loose.Groups["y"].Value + "-" + loose.Groups["m"].Value.PadLeft(2, '0')
                + (loose.Groups["d"].Success ? "-" + loose.Groups["d"].Value.PadLeft(2, '0') : "");
        }

        var parsed = PartialDate.Parse(trimmed);
        return parsed.Success
            ? parsed.Value
            : throw new UserErrorException($"{option}: {parsed.Error} (e.g. 2015, 2015-01 or 2015-01-31)");
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?$")]
    private static partial Regex Loose();
}
