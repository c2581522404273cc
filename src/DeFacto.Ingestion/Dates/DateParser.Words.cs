using DeFacto.Ingestion.Quantities;
using DeFacto.Ingestion.Sentences;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Dates;

/// <summary>The words a date can start with or contain: quick tests before the parse, and needles for the sentence pre-filter.</summary>
internal static partial class DateParser
{
    /// <summary>
    /// Text that every date written without a digit contains: a month's name ("in March"), a relative word
    /// ("yesterday", "last year", "two years ago") or an anniversary. A weekday alone is no date.
    /// </summary>
    public static IEnumerable<string> WordNeedles =>
        QuantityLexicon.Months.Keys.Concat(["yesterday", "today", "вчера", "сегодня", "year", "week", "month", "anniversar"]);

    private static bool MayStartDate(in Token token) =>
        token.Kind == TokenKind.Number
        || (token.IsWord && ((StartShapes.MayContain(token.Lower) && StartWords.Contains(token.Lower)) || (token.Lower.Contains('-', StringComparison.Ordinal) && Quantities.NumberWords.Simple(token.Lower) is not null)));
}
