using System.Globalization;

namespace DeFacto.Ingestion.Quantities;

/// <summary>
/// A number written in digits, read with every common grouping: "3,500", "3.500", "3 500" and
/// "3'500" are all 3500; "3.5" and "3,5" are 3.5; "1,234.5" and "1.234,5" are 1234.5.
/// </summary>
internal readonly record struct Numeral(int Start, int End, double Value, bool Grouped, bool Integer, int IntegerDigits, int TrailingThousands)
{
    public static Numeral? Read(string text, int start, int limit)
    {
        var i = start;
        while (i < limit && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var lead = i - start;
        if (lead == 0)
        {
            return null;
        }

        var digits = text.Substring(start, lead);
        var grouped = false;
        char? groupSeparator = null;
        var trailing = 0;
        if (lead <= 3)
        {
            while (i + 3 < limit + 1 && i < limit && IsGroupSeparator(text[i]) && (groupSeparator is null || groupSeparator == text[i])
                && ThreeDigitsAt(text, i + 1, limit))
            {
                if (text[i] == ' ' && text[i + 1] == '0' && !grouped && lead == 1 && text[start] == '0')
                {
                    break;
                }

                groupSeparator = text[i];
                var group = text.AsSpan(i + 1, 3);
                digits = string.Concat(digits, group);
                trailing = group.SequenceEqual("000") ? trailing + 1 : 0;
                grouped = true;
                i += 4;
            }
        }

        var integer = true;
        if (i + 1 < limit && text[i] is '.' or ',' && text[i] != groupSeparator && char.IsAsciiDigit(text[i + 1]))
        {
            var j = i + 1;
            while (j < limit && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            var decimals = j - i - 1;
            var decimalPoint = grouped || decimals != 3 || text[i] == ',' && lead > 3;
            if (decimalPoint && !(text[i] == ',' && decimals == 3 && !grouped))
            {
                digits = string.Concat(digits, ".", text.AsSpan(i + 1, decimals));
                integer = false;
                trailing = 0;
                i = j;
            }
            else if (!grouped && decimals == 3 && lead <= 3)
            {
                digits = string.Concat(digits, text.AsSpan(i + 1, 3));
                grouped = true;
                trailing = text.AsSpan(i + 1, 3).SequenceEqual("000") ? 1 : 0;
                i = j;
            }
        }

        if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return new Numeral(start, i, value, grouped, integer, lead, trailing);
    }

    private static bool IsGroupSeparator(char c) => c is ',' or '.' or ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'' or '’';

    private static bool ThreeDigitsAt(string text, int at, int limit) =>
        at + 3 <= limit && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == limit || !char.IsAsciiDigit(text[at + 3]));
}
