namespace DeFacto.Ingestion.Sentences;

/// <summary>
/// Splits a sentence into words (letters, with inner hyphens and apostrophes), numbers and
/// punctuation. A possessive "'s" becomes its own token so that "Russia's" still names Russia.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
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

                tokens.Add(new Token(i, j - i, TokenKind.Word, text[i..j]));
                if (j < end && IsPossessive(text, j, end))
                {
                    tokens.Add(new Token(j, 2, TokenKind.Word, "'s"));
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

                tokens.Add(new Token(i, j - i, TokenKind.Number, text[i..j]));
                i = j;
                continue;
            }

            tokens.Add(new Token(i, 1, TokenKind.Punctuation, text[i].ToString()));
            i++;
        }

        return tokens;
    }

    private static bool IsPossessive(string text, int at, int end) =>
        at + 1 < end && text[at] is '\'' or '’' && text[at + 1] is 's' or 'S' && (at + 2 >= end || !char.IsLetter(text[at + 2]));
}
