using System.Globalization;
using DeFacto.Analysis.Answers;
using DeFacto.Core.Evidence;

namespace DeFacto.Analysis.Arguments;

/// <summary>
/// A value as a reviewer types it: a number (90, 30,000), a range (30000–40000, 30000-40000, with an en
/// or em dash or a hyphen) or a category word (yes, systematic, partial-controls). Ranges run upwards.
/// </summary>
public static class ValueArgument
{
    public static Outcome<ObservedValue> Parse(string? text, string field = "value")
    {
        var t = (text ?? "").Trim().Replace(",", "", StringComparison.Ordinal);
        if (t.Length == 0)
        {
            return Outcomes.Fail<ObservedValue>(Problem.Invalid(field, "a value is required: a number, a low-high range or a category"));
        }

        // A leading hyphen is a minus sign, not a range.
        var dash = t.IndexOfAny(['–', '—']) is var d and >= 0 ? d : t.IndexOf('-', 1);
        if (dash > 0 && Number(t[..dash]) is { } low && Number(t[(dash + 1)..]) is { } high)
        {
            return low <= high
                ? Outcomes.Of(ObservedValue.OfInterval(low, high))
                : Outcomes.Fail<ObservedValue>(Problem.Invalid(field, $"the range {text!.Trim()} runs backwards: give the low end first"));
        }

        if (Number(t) is { } point)
        {
            return Outcomes.Of(ObservedValue.OfPoint(point));
        }

        return t.All(c => char.IsLetter(c) || c is '-' or '_' or ' ')
            ? Outcomes.Of(ObservedValue.OfCategory(t.ToLowerInvariant()))
            : Outcomes.Fail<ObservedValue>(Problem.Invalid(field, $"'{text!.Trim()}' is neither a number, a low-high range nor a category word"));
    }

    private static double? Number(string s) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
}
