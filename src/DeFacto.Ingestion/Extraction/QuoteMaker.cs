using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Extraction;

/// <summary>The words around a piece of evidence, at most twelve, verbatim from the cleaned text.</summary>
internal static class QuoteMaker
{
    public const int MaxWords = Core.Evidence.Quotes.MaxWords;

    public static (string Quote, int Start, int End) Make(string text, List<Token> tokens, int start, int end)
    {
        if (tokens.Count == 0)
        {
            return ("", start, end);
        }

        var first = tokens.Count - 1;
        var last = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End > start && tokens[i].Start < end)
            {
                first = Math.Min(first, i);
                last = Math.Max(last, i);
            }
        }

        if (first > last)
        {
            first = last = Math.Clamp(tokens.ToList().FindIndex(t => t.Start >= start), 0, tokens.Count - 1);
        }

        while (Words(text, tokens, first, last) > MaxWords && last > first)
        {
            last--;
        }

        var growLeft = true;
        while (Words(text, tokens, first, last) < MaxWords && (first > 0 || last < tokens.Count - 1))
        {
            if ((growLeft && first > 0) || last == tokens.Count - 1)
            {
                first--;
            }
            else
            {
                last++;
            }

            growLeft = !growLeft;
            if (Words(text, tokens, first, last) > MaxWords)
            {
                if (growLeft)
                {
                    last--;
                }
                else
                {
                    first++;
                }

                break;
            }
        }

        while (first < last && tokens[first].Kind == TokenKind.Punctuation && tokens[first].Text is "," or ";" or ":" or "–" or "—" or ")")
        {
            first++;
        }

        while (last > first && tokens[last].Kind == TokenKind.Punctuation && tokens[last].Text is "," or ";" or ":" or "–" or "—" or "(")
        {
            last--;
        }

        var s = tokens[first].Start;
        var e = tokens[last].End;
        var quote = string.Join(' ', text[s..e].Split((char[])[' ', '\n', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return (quote, s, e);
    }

    private static int Words(string text, List<Token> tokens, int first, int last)
    {
        var n = 0;
        var inWord = false;
        for (var i = tokens[first].Start; i < tokens[last].End; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord)
            {
                n++;
            }

            inWord = !space;
        }

        return n;
    }
}
