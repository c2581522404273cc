using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Quantities;

/// <summary>
/// Vague quantifiers as intervals of per cent: "almost all" 90–100, "the vast majority" 75–100,
/// "most", "a majority", "more than half" 50–100. "Most" counts only before "of" or a plural noun
/// ("most residents"), never as a superlative ("the most important"); the quantifier must be followed
/// by something it quantifies, so a bare "majority" vote is not a share.
/// </summary>
internal static class VagueShares
{
    private static readonly (string[] Words, double Low, double High)[] Phrases =
    [
        (["almost", "all"], 90, 100), (["nearly", "all"], 90, 100), (["virtually", "all"], 90, 100), (["practically", "all"], 90, 100),
        (["almost", "everyone"], 90, 100), (["nearly", "everyone"], 90, 100), (["virtually", "everyone"], 90, 100),
        (["almost", "everybody"], 90, 100), (["nearly", "everybody"], 90, 100), (["almost", "every"], 90, 100), (["nearly", "every"], 90, 100),
        (["почти", "все"], 90, 100), (["практически", "все"], 90, 100), (["fast", "alle"], 90, 100),
        (["vast", "majority"], 75, 100), (["overwhelming", "majority"], 75, 100), (["great", "majority"], 75, 100),
        (["подавляющее", "большинство"], 75, 100), (["подавляющее", "большинство"], 75, 100),
        (["more", "than", "half"], 50, 100), (["over", "half"], 50, 100), (["majority"], 50, 100), (["most"], 50, 100),
        (["большинство"], 50, 100), (["более", "половины"], 50, 100), (["mehrheit"], 50, 100), (["meisten"], 50, 100),
    ];

    private static readonly HashSet<string> FirstWords = Phrases.Select(p => p.Words[0]).ToHashSet(StringComparer.Ordinal);

    public static void Add(List<Token> tokens, List<Quantity> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !FirstWords.Contains(tokens[i].Lower))
            {
                continue;
            }

            foreach (var (words, low, high) in Phrases)
            {
                if (!Matches(tokens, i, words))
                {
                    continue;
                }

                var end = i + words.Length - 1;
                if (!Quantifies(tokens, i, end, words))
                {
                    break;
                }

                found.Add(new Quantity(tokens[i].Start, tokens[end].End, QuantityKind.Percent, null, low, high) { Unit = "percent", Qualifier = "approximate" });
                i = end;
                break;
            }
        }
    }

    private static bool Matches(List<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[i + k].Lower != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Quantifies(List<Token> tokens, int start, int end, string[] words)
    {
        var next = end + 1 < tokens.Count ? tokens[end + 1] : default;
        if (words[0] == "most")
        {
            // "the most important" is a superlative; "most of", "most residents" quantify.
            if (start > 0 && tokens[start - 1].Lower is "the" or "a")
            {
                return false;
            }

            return next.Lower == "of" || (next.IsWord && next.Lower.Length > 3 && next.Lower.EndsWith('s') && char.IsLower(next.Text[0]));
        }

        if (words[^1] is "majority" or "большинство" or "mehrheit")
        {
            return next.Lower is "of" or "are" or "is" or "hold" or "holds" or "have" or "has" or "own" or "der" or "из" || (next.IsWord && char.IsLower(next.Text[0]) && words.Length == 1 && next.Lower.EndsWith('s'))
                || (next.Kind == TokenKind.Word && IsCyrillic(next.Lower));
        }

        return next.Kind != TokenKind.Punctuation || next.Lower is "(";
    }

    private static bool IsCyrillic(string word) => word.Length > 0 && word[0] is >= '\u0400' and <= '\u04FF';
}
