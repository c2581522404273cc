using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Quantities;

/// <summary>The figures written in words ("seventy", "two-thirds", "one in seven") and shares computed from a part and its whole.</summary>
internal static partial class QuantityParser
{
    private static Quantity? FromWords(List<Token> tokens, int t, out int next)
    {
        next = t + 1;
        var word = tokens[t].Lower;
        var start = tokens[t].Start;

        if (NumberWords.Fraction(word) is { } fraction && FollowedBy(tokens, t + 1, "of"))
        {
            return new Quantity(start, tokens[t].End, QuantityKind.Percent, Math.Round(fraction * 100, 1), null, null) { Unit = "percent" };
        }

        if (word is "a" or "one" && t + 2 < tokens.Count && NumberWords.Denominator(tokens[t + 1].Lower) is { } denominator && FollowedBy(tokens, t + 2, "of"))
        {
            next = t + 2;
            return new Quantity(start, tokens[t + 1].End, QuantityKind.Percent, Math.Round(100 / denominator, 1), null, null) { Unit = "percent" };
        }

        if (NumberWords.Simple(word) is not { } value)
        {
            return null;
        }

        var cursor = t + 1;
        double total = 0;
        var current = value;
        while (cursor < tokens.Count)
        {
            var lower = tokens[cursor].Lower;
            if (NumberWords.Scale(lower) is { } scale)
            {
                current *= scale;
                if (scale >= 1000)
                {
                    total += current;
                    current = 0;
                }

                cursor++;
            }
            else if (NumberWords.Simple(lower) is { } more && ((current == 0 && total > 0) || (current >= 100 && current % 100 == 0)))
            {
                current += more;
                cursor++;
            }
            else if (lower == "and" && current >= 100 && cursor + 1 < tokens.Count && NumberWords.Simple(tokens[cursor + 1].Lower) is not null)
            {
                cursor++;
            }
            else
            {
                break;
            }
        }

        total += current;
        var end = tokens[cursor - 1].End;

        if (NumberWords.Denominator(cursor < tokens.Count ? tokens[cursor].Lower : "") is { } d && value < d && FollowedBy(tokens, cursor + 1, "of"))
        {
            next = cursor + 1;
            return new Quantity(start, tokens[cursor].End, QuantityKind.Percent, Math.Round(100 * value / d, 1), null, null) { Unit = "percent" };
        }

        var unitCursor = cursor;
        var unitEnd = end;
        var (kind, unit) = ReadUnit(tokens, ref unitCursor, ref unitEnd, null);
        if (kind != QuantityKind.Count)
        {
            next = unitCursor;
            return new Quantity(start, unitEnd, kind, total, null, null) { Unit = unit };
        }

        var ratioCursor = cursor;
        if (ReadRatio(null, tokens, ref ratioCursor, 0, total) is { } ratio)
        {
            next = ratioCursor;
            return new Quantity(start, tokens[ratioCursor - 1].End, QuantityKind.Ratio, ratio, null, null) { Unit = "ratio" };
        }

        next = cursor;
        return total >= 10 || cursor > t + 1 ? new Quantity(start, end, QuantityKind.Count, total, null, null) : null;
    }

    /// <summary>"20,000 of the 30,000 residents": a part and its whole give a share.</summary>
    private static void AddPartOfWhole(string text, List<Quantity> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var part = found[i];
            var whole = found[i + 1];
            if (part.Kind != QuantityKind.Count || whole.Kind != QuantityKind.Count || part.Value is not { } p || whole.Value is not { } w || p >= w || w <= 0)
            {
                continue;
            }

            var between = text.AsSpan(part.End, whole.Start - part.End).Trim();
            if (between.Equals("of", StringComparison.OrdinalIgnoreCase) || between.Equals("of the", StringComparison.OrdinalIgnoreCase)
                || between.Equals("out of", StringComparison.OrdinalIgnoreCase) || between.Equals("out of the", StringComparison.OrdinalIgnoreCase)
                || between.Equals("of its", StringComparison.OrdinalIgnoreCase) || between.Equals("of a total of", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(new Quantity(part.Start, whole.End, QuantityKind.Percent, Math.Round(100 * p / w, 1), null, null) { Unit = "percent", Computed = true });
            }
        }
    }
}
