using System.Globalization;
using DeFacto.Analysis.Answers;

namespace DeFacto.Analysis.Arguments;

/// <summary>Whole numbers within a range (years, draws); empty means none, so the use case's default applies.</summary>
public static class NumberArgument
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    public static Outcome<int?> Year(string? text, string field) =>
        Whole(text, field, FirstYear, LastYear, $"'{text}' is not a year between {FirstYear} and {LastYear}, e.g. 2013");

    public static Outcome<int?> Draws(int? draws) =>
        draws is null or (>= 1 and <= 1_000_000) ? Outcomes.Of(draws) : Outcomes.Fail<int?>(Problem.Invalid("draws", "give a number from 1 to 1,000,000"));

    public static Outcome<double> Share(double value, string field) =>
        value is >= 0 and <= 1 ? Outcomes.Of(value) : Outcomes.Fail<double>(Problem.Invalid(field, "takes a number from 0 to 1"));

    private static Outcome<int?> Whole(string? text, string field, int min, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcomes.Of<int?>(null);
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? Outcomes.Of<int?>(n)
            : Outcomes.Fail<int?>(Problem.Invalid(field, message));
    }
}
