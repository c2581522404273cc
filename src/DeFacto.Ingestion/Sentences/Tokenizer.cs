namespace DeFacto.Ingestion.Sentences;

/// <summary>
/// Splits a sentence into words (letters, with inner hyphens and apostrophes), numbers and
/// punctuation. A possessive "'s" becomes its own token so that "Russia's" still names Russia.
/// </summary>
internal static class Tokenizer
{
    // Longer "words" (a run of letters and digits with no space: a hash, a URL part) are rare and not worth keeping.
    private const int MaxCachedWord = 64;

    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();

    public static List<Token> Tokenize(string text, int start, int end)
    {
        // About one token in five characters: sized so that most sentences never grow the list.
        var tokens = new List<Token>(((end - start) / 5) + 4);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                var j = i + 1;
                while (j < end)
                {
                    if ((char.IsAsciiDigit(text[j]) || char.IsUpper(text[j])) && GluedBoundary(text, i, j))
                    {
                        break;
                    }

                    if (char.IsLetter(text[j]) || char.IsDigit(text[j]) || text[j] == '\u0301')
                    {
                        j++;
                    }
                    else if (text[j] is '-' or '\'' or '’' && j + 1 < end && char.IsLetter(text[j + 1]) && !IsPossessive(text, j, end))
                    {
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(Word(text, i, j, TokenKind.Word));
                if (j < end && IsPossessive(text, j, end))
                {
                    tokens.Add(new Token(j, 2, TokenKind.Word, "'s", "'s", "'s"));
                    j += 2;
                }

                i = j;
                continue;
            }

            if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < end && char.IsDigit(text[j]))
                {
                    j++;
                }

                tokens.Add(Word(text, i, j, TokenKind.Number));
                i = j;
                continue;
            }

            var mark = c < 128 ? Ascii[c] : c.ToString();
            tokens.Add(new Token(i, 1, TokenKind.Punctuation, mark, mark, mark));
            i++;
        }

        return tokens;
    }

    private static Token Word(string text, int start, int end, TokenKind kind)
    {
        var span = text.AsSpan(start, end - start);
        if (span.Length > MaxCachedWord)
        {
            return new Token(start, span.Length, kind, span.ToString());
        }

        var forms = WordForms.Of(span);
        return new Token(start, span.Length, kind, forms.Text, forms.Lower, forms.Stem);
    }

    /// <summary>
    /// Scraped infoboxes glue a label to its value ("Annexation by Russia18 March 2014", "CurrencyTurkish lira"):
    /// a word of four or more letters runs into a digit, or a capitalised lower-case word into a capital.
    /// Short forms ("G7", "McDonald", "iPhone") stay whole.
    /// </summary>
    private static bool GluedBoundary(string text, int start, int at)
    {
        var length = at - start;
        if (length < 4)
        {
            return false;
        }

        var c = text[at];
        var previous = text[at - 1];
        if (char.IsDigit(c))
        {
            for (var k = start; k < at; k++)
            {
                if (!char.IsLetter(text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        if (!char.IsUpper(c) || !char.IsLower(previous) || !char.IsUpper(text[start]))
        {
            return false;
        }

        for (var k = start + 1; k < at; k++)
        {
            if (!char.IsLower(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPossessive(string text, int at, int end) =>
        at + 1 < end && text[at] is '\'' or '’' && text[at + 1] is 's' or 'S' && (at + 2 >= end || !char.IsLetter(text[at + 2]));
}
