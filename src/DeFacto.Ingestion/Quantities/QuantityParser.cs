using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Quantities;

/// <summary>
/// Finds the figures of a sentence: numbers in digits or words, with their scale ("30 thousand"),
/// unit (per cent, currency), ranges ("30–40,000" is 30,000 to 40,000), ratios ("one in seven"),
/// fractions ("two-thirds") and shares computed from a part and its whole ("20,000 of the 30,000").
/// Years, dates, ordinals and labels ("Article 3") are not figures.
/// </summary>
internal static partial class QuantityParser
{
    public static List<Quantity> Parse(string text, List<Token> tokens)
    {
        var found = new List<Quantity>();
        if (tokens.Count == 0)
        {
            return found;
        }

        var limit = tokens[^1].End;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            int next;
            Quantity? quantity = token.Kind switch
            {
                TokenKind.Number => FromDigits(text, tokens, t, limit, out next),
                TokenKind.Word when NumberWords.MayStart(token.Lower) => FromWords(tokens, t, out next),
                _ => Skip(t, out next),
            };

            if (quantity is not null)
            {
                found.Add(quantity);
            }

            t = Math.Max(t, next - 1);
        }

        AddPartOfWhole(text, found);
        VagueShares.Add(tokens, found);
        return found;
    }

    private static Quantity? Skip(int t, out int next)
    {
        next = t + 1;
        return null;
    }

    private static Quantity? FromDigits(string text, List<Token> tokens, int t, int limit, out int next)
    {
        next = t + 1;
        var token = tokens[t];
        if (t > 0 && tokens[t - 1].End == token.Start && (tokens[t - 1].IsWord || tokens[t - 1].Text is "-" or "/" or "+" or "." or ","))
        {
            return null;
        }

        if (Numeral.Read(text, token.Start, limit) is not { } first)
        {
            return null;
        }

        next = After(tokens, first.End, t);
        if (next < tokens.Count && tokens[next].Start == first.End && tokens[next].IsWord && !IsUnitWord(tokens[next].Lower) && !IsMeasure(tokens[next].Lower)
            && !(tokens[next].Lower == "m" && CurrencyBefore(tokens, t) is not null))
        {
            return null;
        }

        if (IsLabel(tokens, t) || IsDate(tokens, t, next) || IsCitation(tokens, t, next))
        {
            return null;
        }

        var currency = CurrencyBefore(tokens, t);
        var multiplier = 1.0;
        var low = first.Value;
        double? high = null;
        var end = first.End;
        var cursor = next;
        multiplier = ReadMultiplier(tokens, ref cursor, ref end, currency is not null);

        if (cursor + 1 < tokens.Count && (tokens[cursor].Text is "–" or "—" or "-" or "to" || (tokens[cursor].Lower == "and" && Before(tokens, t, "between")))
            && tokens[cursor + 1].Kind == TokenKind.Number && Numeral.Read(text, tokens[cursor + 1].Start, limit) is { } second)
        {
            var secondEnd = second.End;
            var afterSecond = After(tokens, second.End, cursor + 1);
            var secondMultiplier = ReadMultiplier(tokens, ref afterSecond, ref secondEnd, currency is not null);
            var highValue = second.Value * secondMultiplier;
            var lowValue = first.Value * (multiplier == 1 ? secondMultiplier : multiplier);
            if (!first.Grouped && second.TrailingThousands > 0 && lowValue * 1000 <= highValue && first.Value < 1000)
            {
                lowValue *= Math.Pow(1000, second.TrailingThousands);
            }

            if (lowValue < highValue)
            {
                low = lowValue;
                high = highValue;
                multiplier = 1;
                end = secondEnd;
                cursor = afterSecond;
            }
        }

        var (kind, unit) = ReadUnit(tokens, ref cursor, ref end, currency);
        if (kind == QuantityKind.Count && multiplier == 1 && first.Integer && !first.Grouped && first.Value is >= 1800 and <= 2100
            && (high is null || high is >= 1800 and <= 2100))
        {
            next = cursor;
            return null;
        }

        if (kind == QuantityKind.Count && cursor < tokens.Count && IsMeasure(tokens[cursor].Lower))
        {
            next = cursor + 1;
            return null;
        }

        if (kind == QuantityKind.Count && high is null && multiplier == 1 && cursor + 1 < tokens.Count)
        {
            var ratio = ReadRatio(text, tokens, ref cursor, limit, first.Value);
            if (ratio is not null)
            {
                next = cursor;
                return new Quantity(token.Start, tokens[cursor - 1].End, QuantityKind.Ratio, ratio, null, null) { Unit = "ratio" };
            }
        }

        next = cursor;
        return high is { } h
            ? new Quantity(token.Start, end, kind, null, low, h) { Unit = unit }
            : new Quantity(token.Start, end, kind, low * multiplier, null, null) { Unit = unit };
    }

    /// <summary>"in seven", "in every seven", "out of seven", "in 7": a ratio of the numerator to the number read.</summary>
    private static double? ReadRatio(string? text, List<Token> tokens, ref int cursor, int limit, double numerator)
    {
        var c = cursor;
        if (c < tokens.Count && tokens[c].Lower == "in")
        {
            c++;
        }
        else if (c + 1 < tokens.Count && tokens[c].Lower == "out" && tokens[c + 1].Lower == "of")
        {
            c += 2;
        }
        else
        {
            return null;
        }

        if (c < tokens.Count && tokens[c].Lower == "every")
        {
            c++;
        }

        if (c >= tokens.Count)
        {
            return null;
        }

        double? denominator = tokens[c].Kind == TokenKind.Number && text is not null
            ? Numeral.Read(text, tokens[c].Start, limit)?.Value
            : NumberWords.Simple(tokens[c].Lower);
        if (denominator is not { } d || d <= numerator || d == 0)
        {
            return null;
        }

        cursor = c + 1;
        return Math.Round(numerator / d, 4);
    }

    private static (QuantityKind Kind, string? Unit) ReadUnit(List<Token> tokens, ref int cursor, ref int end, string? currency)
    {
        if (cursor < tokens.Count)
        {
            var token = tokens[cursor];
            if (token.Text == "%" || QuantityLexicon.PercentWords.Contains(token.Lower))
            {
                end = token.End;
                cursor++;
                return (QuantityKind.Percent, "percent");
            }

            if (token.Lower == "per" && cursor + 1 < tokens.Count && tokens[cursor + 1].Lower == "cent")
            {
                end = tokens[cursor + 1].End;
                cursor += 2;
                return (QuantityKind.Percent, "percent");
            }

            if (QuantityLexicon.CurrencyWords.TryGetValue(token.Lower, out var code))
            {
                end = token.End;
                cursor++;
                return (QuantityKind.Money, code);
            }
        }

        return currency is null ? (QuantityKind.Count, null) : (QuantityKind.Money, currency);
    }

    private static double ReadMultiplier(List<Token> tokens, ref int cursor, ref int end, bool money)
    {
        if (money && cursor < tokens.Count && tokens[cursor].Lower == "m" && tokens[cursor].Start == end)
        {
            end = tokens[cursor].End;
            cursor++;
            return 1e6;
        }

        if (cursor < tokens.Count && QuantityLexicon.Multipliers.TryGetValue(tokens[cursor].Lower, out var m)
            && !(tokens[cursor].Lower is "k" or "mn" && tokens[cursor].Start != end))
        {
            end = tokens[cursor].End;
            cursor++;
            if (cursor < tokens.Count && tokens[cursor].Text == "." && tokens[cursor - 1].Text.Length <= 4)
            {
                cursor++;
            }

            return m;
        }

        return 1;
    }

    private static string? CurrencyBefore(List<Token> tokens, int t)
    {
        if (t == 0)
        {
            return null;
        }

        var previous = tokens[t - 1];
        if (previous.Length == 1 && QuantityLexicon.CurrencySymbols.TryGetValue(previous.Text[0], out var symbol))
        {
            return symbol;
        }

        return previous.Text.Length == 3 && previous.Text.All(char.IsUpper) && QuantityLexicon.CurrencyWords.TryGetValue(previous.Lower, out var code)
            ? code
            : previous.Text is "US" && t > 1 ? "USD" : null;
    }

    private static bool IsLabel(List<Token> tokens, int t)
    {
        var p = t - 1;
        if (p >= 0 && tokens[p].Text is "." or "#")
        {
            p--;
        }

        if (p >= 0 && QuantityLexicon.LabelWords.Contains(tokens[p].Lower) && (tokens[p].Lower.Length > 2 || tokens[p].Text[0] is 'N' or 'n' or 'П' or 'п' or 'Ч' or 'ч' or '№'))
        {
            return true;
        }

        if (p >= 0 && tokens[p].Text is "№")
        {
            return true;
        }

        // "Articles 3 and 5", "Articles 3, 4 and 5"
        while (p >= 1 && tokens[p].Lower is "and" or "," or "и" or "or" && tokens[p - 1].Kind == TokenKind.Number)
        {
            p -= 2;
            if (p >= 0 && QuantityLexicon.LabelWords.Contains(tokens[p].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDate(List<Token> tokens, int t, int next)
    {
        var before = t > 0 && QuantityLexicon.Months.ContainsKey(tokens[t - 1].Lower);
        var after = next < tokens.Count && QuantityLexicon.Months.ContainsKey(tokens[next].Lower);
        if (!before && !after)
        {
            return false;
        }

        return tokens[t].Length <= 4;
    }

    private static bool IsMeasure(string lower) =>
        QuantityLexicon.Measures.Contains(lower) || (lower.Contains('-', StringComparison.Ordinal) && QuantityLexicon.Measures.Contains(lower[..lower.IndexOf('-', StringComparison.Ordinal)]));

    /// <summary>A footnote marker: "[7]", or digits glued to the end of a sentence (".[3]").</summary>
    private static bool IsCitation(List<Token> tokens, int t, int next) =>
        t > 0 && tokens[t - 1].Text == "[" && next < tokens.Count && tokens[next].Text == "]";

    private static bool IsUnitWord(string lower) =>
        QuantityLexicon.Multipliers.ContainsKey(lower) || QuantityLexicon.PercentWords.Contains(lower) || QuantityLexicon.CurrencyWords.ContainsKey(lower);

    private static int After(List<Token> tokens, int position, int from)
    {
        var i = from;
        while (i < tokens.Count && tokens[i].Start < position)
        {
            i++;
        }

        return i;
    }

    private static bool Before(List<Token> tokens, int t, string word) =>
        (t >= 1 && tokens[t - 1].Lower == word) || (t >= 2 && tokens[t - 2].Lower == word);

    private static bool FollowedBy(List<Token> tokens, int at, string word) =>
        at < tokens.Count && tokens[at].Lower == word;
}
