namespace DeFacto.Ingestion.Sentences;

/// <summary>
/// Cleaned text → sentences. A blank line ends a paragraph, a single newline ends a heading or list
/// line, and . ! ? end a sentence when an upper-case letter, digit or quote follows, except after a
/// known abbreviation or an initial.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "capt", "prof", "sen", "rep", "gov", "pres",
        "no", "nos", "art", "arts", "para", "paras", "p", "pp", "e.g", "i.e", "vs", "cf", "ca", "approx", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "inc",
        "ltd", "co", "corp", "jr", "sr", "vol", "ed", "eds", "est", "ст", "г", "гг", "т.е", "тыс", "млн", "млрд", "руб", "им",
    };

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, start, i, paragraph);
                var newlines = 0;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    newlines += text[i] == '\n' ? 1 : 0;
                    i++;
                }

                paragraph += newlines >= 2 ? 1 : 0;
                start = i;
                continue;
            }

            if (c is '.' or '!' or '?' or '…' && EndsSentence(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '”' or '\'' or '’' or ')' or '»')
                {
                    end++;
                }

                end = SkipCitations(text, end);

                Add(sentences, text, start, end, paragraph);
                i = end;
                start = end;
                continue;
            }

            i++;
        }

        Add(sentences, text, start, text.Length, paragraph);
        return sentences;
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '”' or '\'' or '’' or ')' or '»' or '.' or '!' or '?')
        {
            next++;
        }

        next = SkipCitations(text, next);
        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
        }

        if (next >= text.Length || text[next] == '\n')
        {
            return true;
        }

        var following = text[next];
        if (!(char.IsUpper(following) || char.IsDigit(following) || following is '"' or '“' or '«' or '(' or '['))
        {
            return false;
        }

        return text[i] != '.' || !IsAbbreviation(text, i);
    }

    /// <summary>Encyclopedia citation marks after a full stop ("….[10][11] Next") belong to the sentence they close.</summary>
    private static int SkipCitations(string text, int at)
    {
        while (at < text.Length && text[at] == '[')
        {
            var close = text.IndexOf(']', at);
            if (close < 0 || close - at > 8)
            {
                return at;
            }

            at = close + 1;
        }

        return at;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return word.Length > 0 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int paragraph)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, start, end - start, paragraph));
        }
    }
}
