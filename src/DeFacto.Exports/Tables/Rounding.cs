namespace DeFacto.Exports.Tables;

/// <summary>Scores and probabilities are exported to four decimals, as in the JSON contract: Monte Carlo
/// noise at 2,000 draws is larger than that, and every format then carries the same number.</summary>
internal static class Rounding
{
    public const int Digits = 4;

    public static double? Score(double? value) =>
        value is { } v && double.IsFinite(v) ? Math.Round(v, Digits, MidpointRounding.AwayFromZero) : null;
}
