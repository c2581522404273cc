using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Arguments;
using DeFacto.Cli.Answers;
using DeFacto.Core.Time;

namespace DeFacto.Cli.Input;

/// <summary>
/// One assessment a batch asks for: a territory and a date as typed, and where it was typed (a line of
/// --input, or 0); a line that could not be read carries its <see cref="Error"/> instead.
/// </summary>
internal sealed record BatchRequest(string Territory, string? AsOf, int Line)
{
    public string? Error { get; init; }
}

/// <summary>
/// The territories and dates of a batch <c>defacto assess</c>: several territory arguments, a date range in
/// <c>--as-of FROM..TO</c> (stepped by year, quarter, month or day), or an <c>--input</c> file of
/// <c>territory,date</c> lines. Everything is read and checked before the first assessment is printed.
/// </summary>
internal static class AssessBatch
{
    /// <summary>A batch larger than this is refused before it starts: it would run for hours, and is usually a typo in a range.</summary>
    public const int MaxRequests = 1_000_000;

    public static readonly string[] Steps = ["year", "quarter", "month", "day"];

    /// <summary>True when the command line asks for more than one assessment (or for an input file).</summary>
    public static bool IsBatch(IReadOnlyList<string> territories, string? asOf, string? input) =>
        territories.Count > 1 || input is not null || (asOf is not null && asOf.Contains("..", StringComparison.Ordinal));

    /// <summary>The requests of territory arguments × the dates of <paramref name="asOf"/> (one date, a range, or today).</summary>
    public static IReadOnlyList<BatchRequest> FromArguments(IReadOnlyList<string> territories, string? asOf, string? step)
    {
        if (territories.Count == 0)
        {
            throw new UserErrorException("give a territory (e.g. south-ossetia), several, or --input FILE of territory,date lines");
        }

        var dates = new List<string?>();
        if (asOf is not null && asOf.Contains("..", StringComparison.Ordinal))
        {
            dates.AddRange(Range(asOf, step));
        }
        else
        {
            dates.Add(asOf);
        }

        if ((long)dates.Count * territories.Count > MaxRequests)
        {
            throw new UserErrorException($"the batch asks for {(long)dates.Count * territories.Count:N0} assessments, more than {MaxRequests:N0}: narrow --as-of or use a coarser --step");
        }

        return [.. territories.SelectMany(t => dates.Select(d => new BatchRequest(t, d, 0)))];
    }

    /// <summary>
    /// The dates of <c>FROM..TO</c>: the last day of every step from the one holding FROM's first day to
    /// the one holding TO's last day. The step defaults to the finer precision of the two ends (2010..2025
    /// by year, 2015-01..2025-05 by month, 2015-01-01..2015-02-01 by day).
    /// </summary>
    public static IReadOnlyList<string> Range(string text, string? step)
    {
        var parts = text.Split("..");
        if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
        {
            throw new UserErrorException($"--as-of '{text}' is not a date range: write FROM..TO, e.g. 2010..2025 or 2015-01..2025-05");
        }

        var from = End("from", parts[0]);
        var to = End("to", parts[1]);
        if (to.End < from.Start)
        {
            throw new UserErrorException($"--as-of '{text}': the range ends before it starts; write the earlier date first");
        }

        var unit = step ?? (from.Precision > to.Precision ? from.Precision : to.Precision) switch
        {
            DatePrecision.Day => "day",
            DatePrecision.Month => "month",
            _ => "year",
        };
        var dates = new List<string>();
        for (var d = PeriodEnd(from.Start, unit); d <= to.End; d = PeriodEnd(d.AddDays(1), unit))
        {
            dates.Add(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (dates.Count > MaxRequests)
            {
                throw new UserErrorException($"--as-of '{text}' by {unit} gives more than {MaxRequests:N0} dates: narrow the range or use a coarser --step");
            }
        }

        return dates;
    }

    /// <summary>
    /// The requests of an input file (or standard input, <c>-</c>): one <c>territory,date</c> a line; blank
    /// lines, lines starting with # and a first line <c>territory,date</c> are skipped. A line that cannot be
    /// read comes back with its error, to be reported with the others before anything is assessed.
    /// </summary>
    public static IReadOnlyList<BatchRequest> FromLines(string name, IEnumerable<string> lines)
    {
        var requests = new List<BatchRequest>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || (requests.Count == 0 && line.Replace(" ", "", StringComparison.Ordinal).Equals("territory,date", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 2 || fields[0].Trim().Length == 0 || fields[1].Trim().Length == 0)
            {
                requests.Add(new BatchRequest("", null, number) { Error = $"{name} line {number}: expected territory,date (e.g. south-ossetia,2015-06-30), found {fields.Length} field(s)" });
                continue;
            }

            if (fields[1].Contains("..", StringComparison.Ordinal))
            {
                requests.Add(new BatchRequest("", null, number) { Error = $"{name} line {number}: one date a line, not a range; write a line per date" });
                continue;
            }

            requests.Add(new BatchRequest(fields[0].Trim(), fields[1].Trim(), number));
            if (requests.Count > MaxRequests)
            {
                throw new UserErrorException($"{name} holds more than {MaxRequests:N0} assessments: split it");
            }
        }

        return requests.Count > 0 ? requests : throw new UserErrorException($"{name} holds no territory,date line: write one a line, e.g. south-ossetia,2015-06-30");
    }

    /// <summary>Every problem found, on one message (the first twenty and how many more), so one run shows them all.</summary>
    public static void Refuse(IReadOnlyList<string> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        var shown = string.Join("\n", problems.Take(20).Select((p, i) => i == 0 ? p : "defacto: " + p));
        var more = problems.Count > 20 ? $"\ndefacto: … and {problems.Count - 20} more problem(s)" : "";
        throw new UserErrorException($"{shown}{more}\ndefacto: nothing was assessed; fix the input and run again");
    }

    /// <summary>A problem of one request, with the line of the input file it came from.</summary>
    public static string Describe(string? input, BatchRequest request, Problem problem) =>
        request.Line > 0 ? $"{input} line {request.Line}: {Strip(ProblemText.Words(problem))}" : ProblemText.Words(problem);

    // In a file the field is the line's column, not an option: "unknown territory 'x'", not "--territory …".
    private static string Strip(string words) => words.StartsWith("--as-of", StringComparison.Ordinal) ? "date" + words["--as-of".Length..] : words;

    private static PartialDate End(string which, string text)
    {
        var parsed = DateArgument.Optional(text, "as-of");
        return parsed.TryGetValue(out var date) && date is { } d
            ? d
            : throw new UserErrorException($"the '{which}' end of the range: {ProblemText.Words(parsed.Problems[0])}");
    }

    private static DateOnly PeriodEnd(DateOnly day, string unit) => unit switch
    {
        "day" => day,
        "month" => new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)),
        "quarter" => new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 3, 1).AddMonths(1).AddDays(-1),
        _ => new DateOnly(day.Year, 12, 31),
    };
}
