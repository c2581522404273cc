using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace DeFacto.Cli.Input;

/// <summary>
/// Every numeric option in the tree gets a parser that says, in words, what it takes: "--draws: '99999999999'
/// is not a whole number from 1 to 1,000,000" rather than the parser's CLR type name. Known options carry
/// their real range; any other falls back to its type's.
/// </summary>
internal static class NumberOptions
{
    private sealed record Range(decimal Min, decimal Max, string Words);

    private static readonly Dictionary<string, Range> Known = new(StringComparer.Ordinal)
    {
        ["--draws"] = new(1, 1_000_000, "a whole number from 1 to 1,000,000"),
        ["--seed"] = new(0, ulong.MaxValue, "a whole number from 0 to 18,446,744,073,709,551,615"),
        ["--from"] = new(1, 9999, "a year such as 2014"),
        ["--to"] = new(1, 9999, "a year such as 2024"),
        ["--min-confidence"] = new(0, 1, "a number from 0 to 1, such as 0.7"),
        ["--accept"] = new(1, long.MaxValue, "a candidate id (a whole number, as `defacto review --list` shows)"),
        ["--reject"] = new(1, long.MaxValue, "a candidate id (a whole number, as `defacto review --list` shows)"),
    };

    public static void Apply(Command command)
    {
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<int?> o when o.CustomParser is null:
                    o.CustomParser = r => (int?)Whole(r, o.Name, int.MinValue, int.MaxValue);
                    break;
                case Option<int> o when o.CustomParser is null:
                    o.CustomParser = r => (int)(Whole(r, o.Name, int.MinValue, int.MaxValue) ?? 0);
                    break;
                case Option<long?> o when o.CustomParser is null:
                    o.CustomParser = r => (long?)Whole(r, o.Name, long.MinValue, long.MaxValue);
                    break;
                case Option<ulong?> o when o.CustomParser is null:
                    o.CustomParser = r => (ulong?)Whole(r, o.Name, ulong.MinValue, ulong.MaxValue);
                    break;
                case Option<long[]> o when o.CustomParser is null:
                    o.CustomParser = r => r.Tokens.Select(t => (long)(WholeToken(r, o.Name, t.Value, long.MinValue, long.MaxValue) ?? 0)).ToArray();
                    break;
                case Option<double> o when o.CustomParser is null:
                    var fallback = o.DefaultValueFactory;
                    o.CustomParser = r => r.Tokens.Count == 0 && fallback is not null ? fallback(r) : Real(r, o.Name) ?? 0;
                    break;
                case Option<double?> o when o.CustomParser is null:
                    o.CustomParser = r => Real(r, o.Name);
                    break;
            }
        }

        foreach (var sub in command.Subcommands)
        {
            Apply(sub);
        }
    }

    private static decimal? Whole(ArgumentResult r, string name, decimal min, decimal max) =>
        r.Tokens.Count == 0 ? null : WholeToken(r, name, r.Tokens[^1].Value, min, max);

    private static decimal? WholeToken(ArgumentResult r, string name, string text, decimal min, decimal max)
    {
        var range = RangeOf(name, min, max, "a whole number");
        var clean = text.Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (decimal.TryParse(clean, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= range.Min && value <= range.Max && value >= min && value <= max)
        {
            return value;
        }

        r.AddError($"{name}: '{Shown(text)}' is not {range.Words}");
        return null;
    }

    private static double? Real(ArgumentResult r, string name)
    {
        if (r.Tokens.Count == 0)
        {
            return null;
        }

        var text = r.Tokens[^1].Value;
        var range = RangeOf(name, decimal.MinValue, decimal.MaxValue, "a number");
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            && value >= (double)range.Min && value <= (double)range.Max)
        {
            return value;
        }

        r.AddError($"{name}: '{Shown(text)}' is not {range.Words}");
        return null;
    }

    private static Range RangeOf(string name, decimal min, decimal max, string kind) =>
        Known.TryGetValue(name, out var known)
            ? known
            : new Range(min, max, string.Create(CultureInfo.InvariantCulture, $"{kind} from {min:#,0} to {max:#,0}"));

    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
