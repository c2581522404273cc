using System.Globalization;
using DeFacto.Ingestion.Quantities;
using DeFacto.Ingestion.Sentences;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Dates;

/// <summary>
/// Finds dates in a sentence: "18 March 2015", "March 18, 2015", "Wednesday, March 18", "March 2015",
/// "in 2008", "2015-03-18", "18.03.2015", "18 марта 2015 года", "yesterday", "last year", and
/// "the first anniversary".
/// </summary>
internal static partial class DateParser
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
        ["mon"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday,
        ["понедельник"] = DayOfWeek.Monday,
        ["вторник"] = DayOfWeek.Tuesday,
        ["среду"] = DayOfWeek.Wednesday,
        ["среда"] = DayOfWeek.Wednesday,
        ["четверг"] = DayOfWeek.Thursday,
        ["пятницу"] = DayOfWeek.Friday,
        ["субботу"] = DayOfWeek.Saturday,
        ["воскресенье"] = DayOfWeek.Sunday,
    };

    private static readonly HashSet<string> YearPrepositions = new(StringComparer.Ordinal)
    {
        "in", "since", "of", "by", "until", "till", "from", "before", "after", "during", "early", "late", "mid", "spring",
        "summer", "autumn", "fall", "winter", "year", "end", "beginning", "throughout", "for", "the", "в", "с", "до", "году", "im", "seit",
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
        ["twentieth"] = 20,
        ["fiftieth"] = 50,
    };

    // Declared after the sets it joins: static fields start in the order they are written (and in no set order across the partial files).
    // Every word a date can start with, for one lookup per token; hyphenated number words ("twenty-one") are asked of NumberWords.
    private static readonly HashSet<string> StartWords = new(
        Weekdays.Keys.Concat(QuantityLexicon.Months.Keys).Concat(Ordinals.Keys).Concat(Quantities.NumberWords.Words)
            .Concat(["yesterday", "today", "last", "this", "next", "вчера", "сегодня", "a"]),
        StringComparer.Ordinal);

    private static readonly KeyShapes StartShapes = new(StartWords);

    public static List<DateMention> Parse(string text, List<Token> tokens)
    {
        var found = new List<DateMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!MayStartDate(tokens[i]))
            {
                continue;
            }

            var mention = At(text, tokens, i, out var used);
            if (mention is not null)
            {
                found.Add(mention);
                i += Math.Max(0, used - 1);
            }
        }

        return found;
    }

    private static DateMention? At(string text, List<Token> tokens, int i, out int used)
    {
        used = 1;
        var token = tokens[i];
        DayOfWeek? weekday = null;
        var j = i;
        var recent = false;
        if (token.IsWord && Weekdays.TryGetValue(token.Lower, out var wd))
        {
            weekday = wd;
            recent = i > 0 && tokens[i - 1].Lower is "last" or "this" or "on" or "past";
            j = i + 1;
            if (j < tokens.Count && tokens[j].Text == ",")
            {
                j++;
            }
        }

        if (j < tokens.Count && MonthAt(tokens, j) is { } month)
        {
            // Month [Day][,] [Year]
            var k = j + 1;
            if (k < tokens.Count && tokens[k].Text == ".")
            {
                k++;
            }

            int? day = null;
            if (k < tokens.Count && DayAt(tokens, k) is { } d)
            {
                day = d;
                k++;
                if (k < tokens.Count && tokens[k].Lower is "st" or "nd" or "rd" or "th")
                {
                    k++;
                }
            }

            var yearAt = k < tokens.Count && tokens[k].Text == "," ? k + 1 : k;
            if (YearAt(tokens, yearAt) is { } year)
            {
                used = yearAt + 1 - i;
                return Make(tokens, i, yearAt, year, month, day, weekday, recent);
            }

            if (day is not null)
            {
                used = k - i;
                return Make(tokens, i, k - 1, null, month, day, weekday, recent);
            }

            if (weekday is null && (i == 0 || tokens[i - 1].Lower is "in" or "since" or "by" or "until" or "early" or "late" or "mid" or "of" or "last" or "next" or "this"))
            {
                if (tokens[j].Lower == "may" && (i == 0 || tokens[i - 1].Lower is not "in" and not "of" and not "since" and not "by" and not "until"))
                {
                    return null;
                }

                var relativeYears = i > 0 ? tokens[i - 1].Lower switch { "last" => -1, "next" => 1, _ => 0 } : 0;
                used = 1;
                return new DateMention(tokens[i].Start, tokens[j].End) { Month = month, RelativeYears = relativeYears == 0 ? null : relativeYears };
            }

            return null;
        }

        if (j < tokens.Count && DayAt(tokens, j) is { } dayFirst)
        {
            // Day [.] Month [Year]
            var k = j + 1;
            if (k < tokens.Count && tokens[k].Lower is "st" or "nd" or "rd" or "th")
            {
                k++;
            }

            if (k < tokens.Count && tokens[k].Lower == "of")
            {
                k++;
            }

            if (k < tokens.Count && MonthAt(tokens, k) is { } m)
            {
                if (YearAt(tokens, k + 1) is { } y)
                {
                    used = k + 2 - i;
                    return Make(tokens, i, k + 1, y, m, dayFirst, weekday, recent);
                }

                used = k + 1 - i;
                return Make(tokens, i, k, null, m, dayFirst, weekday, recent);
            }

            // 18.03.2015 or 2015-03-18
            if (Numeric(text, tokens, j) is { } numeric)
            {
                used = numeric.Used + (j - i);
                return numeric.Mention with { Weekday = weekday };
            }
        }

        if (token.Kind == TokenKind.Number && Numeric(text, tokens, i) is { } iso)
        {
            used = iso.Used;
            return iso.Mention;
        }

        if (token.Kind == TokenKind.Number && token.Length == 4 && i > 0 && YearPrepositions.Contains(tokens[i - 1].Lower) && YearAt(tokens, i) is { } bare
            && !(i + 1 < tokens.Count && (tokens[i + 1].Text is "%" || tokens[i + 1].IsWord && tokens[i + 1].Start == token.End)))
        {
            return new DateMention(token.Start, token.End) { Year = bare };
        }

        return Relative(tokens, i, out used);
    }

    private static DateMention? Relative(List<Token> tokens, int i, out int used)
    {
        used = 1;
        var token = tokens[i];
        switch (token.Lower)
        {
            case "yesterday" or "вчера":
                return new DateMention(token.Start, token.End) { RelativeDays = -1 };
            case "today" or "сегодня":
                return new DateMention(token.Start, token.End) { RelativeDays = 0 };
            case "last" or "this" or "next" when i + 1 < tokens.Count && tokens[i + 1].Lower is "year" or "week" or "month":
                used = 2;
                var sign = token.Lower switch { "last" => -1, "next" => 1, _ => 0 };
                return tokens[i + 1].Lower == "year"
                    ? new DateMention(token.Start, tokens[i + 1].End) { RelativeYears = sign }
                    : new DateMention(token.Start, tokens[i + 1].End) { RelativeDays = sign * (tokens[i + 1].Lower == "week" ? 7 : 30) };
        }

        // "one year ago", "two years ago", "a year ago": the document's month, N years back.
        if ((token.Lower == "a" || Quantities.NumberWords.Simple(token.Lower) is not null || token.Kind == TokenKind.Number)
            && i + 2 < tokens.Count && tokens[i + 1].Lower is "year" or "years" && tokens[i + 2].Lower == "ago")
        {
            var years = token.Lower == "a" ? 1 : (int)(Quantities.NumberWords.Simple(token.Lower) ?? Int(token.Text));
            used = 3;
            return years > 0 ? new DateMention(token.Start, tokens[i + 2].End) { RelativeYears = -years, Ago = true } : null;
        }

        if (Ordinals.TryGetValue(token.Lower, out var n) && i + 1 < tokens.Count && tokens[i + 1].Stem == "anniversary")
        {
            used = 2;
            return new DateMention(token.Start, tokens[i + 1].End) { Anniversary = n };
        }

        return null;
    }

    private static DateMention Make(List<Token> tokens, int first, int last, int? year, int month, int? day, DayOfWeek? weekday, bool recent)
    {
        if (day is { } d && year is { } y && d > DateTime.DaysInMonth(y, month))
        {
            day = null;
        }

        return new DateMention(tokens[first].Start, tokens[last].End) { Year = year, Month = month, Day = day, Weekday = weekday, Recent = recent };
    }

    private static (DateMention Mention, int Used)? Numeric(string text, List<Token> tokens, int i)
    {
        if (i + 4 >= tokens.Count)
        {
            return null;
        }

        var a = tokens[i];
        var s1 = tokens[i + 1];
        var b = tokens[i + 2];
        var s2 = tokens[i + 3];
        var c = tokens[i + 4];
        var adjacent = s1.Start == a.End && b.Start == s1.End && s2.Start == b.End && c.Start == s2.End;
        if (!adjacent || a.Kind != TokenKind.Number || b.Kind != TokenKind.Number || c.Kind != TokenKind.Number || s1.Text != s2.Text)
        {
            return null;
        }

        var x = Int(a.Text);
        var m = Int(b.Text);
        var z = Int(c.Text);
        (int Year, int Day)? yd = s1.Text switch
        {
            "-" when a.Length == 4 => (x, z),
            "." or "/" when c.Length == 4 => (z, x),
            _ => null,
        };

        if (yd is not { } v || m is < 1 or > 12 || v.Year is < 1800 or > 2100 || v.Day < 1 || v.Day > DateTime.DaysInMonth(v.Year, m))
        {
            return null;
        }

        _ = text;
        return (new DateMention(a.Start, c.End) { Year = v.Year, Month = m, Day = v.Day }, 5);
    }

    private static int? MonthAt(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || !QuantityLexicon.Months.TryGetValue(token.Lower, out var month))
        {
            return null;
        }

        // Short forms and "March"/"May" as words need a capital (English) to be months.
        var latin = token.Text[0] < 0x400;
        return latin && !char.IsUpper(token.Text[0]) ? null : month;
    }

    private static int? DayAt(List<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Number && tokens[i].Length <= 2 && Int(tokens[i].Text) is >= 1 and <= 31 and var d ? d : null;

    private static int? YearAt(List<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Number && tokens[i].Length == 4 && Int(tokens[i].Text) is >= 1800 and <= 2100 and var y
        && !(i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End && tokens[i + 1].Text is "," or "." && i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Start == tokens[i + 1].End)
            ? y
            : null;

    private static int Int(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
}
