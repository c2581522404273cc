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

        // Words are runs of text between white space, and only white space stands between tokens: a run
        // ends wherever there is a gap between two tokens. Counted once, so each width test is a subtraction.
        Span<int> gaps = tokens.Count <= 512 ? stackalloc int[tokens.Count] : new int[tokens.Count];
        gaps[0] = 0;
        for (var k = 1; k < tokens.Count; k++)
        {
            gaps[k] = gaps[k - 1] + (tokens[k].Start > tokens[k - 1].End ? 1 : 0);
        }

        while (Words(gaps, first, last) > MaxWords && last > first)
        {
            last--;
        }

        var growLeft = true;
        while (Words(gaps, first, last) < MaxWords && (first > 0 || last < tokens.Count - 1))
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
            if (Words(gaps, first, last) > MaxWords)
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

    /// <summary>How many words tokens <paramref name="first"/> to <paramref name="last"/> make, given the gaps counted before each token.</summary>
    private static int Words(ReadOnlySpan<int> gaps, int first, int last) => first <= last ? 1 + gaps[last] - gaps[first] : 0;
}
