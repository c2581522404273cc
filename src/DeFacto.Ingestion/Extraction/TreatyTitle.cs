using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// The title of a treaty named in a sentence: a run of capitalised words around "Treaty",
/// "Agreement" or "Accord" ("Treaty of Alliance and Integration", "Alliance and Strategic Partnership Treaty").
/// </summary>
internal static class TreatyTitle
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal) { "Treaty", "Agreement", "Accord", "Convention", "Pact", "Договор", "Соглашение" };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "and", "of", "on", "for", "between", "the", "in", "и", "о", "об" };

    public static string? Find(List<Token> tokens, int near)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Nouns.Contains(tokens[i].Text))
            {
                continue;
            }

            var first = i;
            while (first > 0 && (Capitalised(tokens[first - 1]) || (Connectors.Contains(tokens[first - 1].Text) && first - 2 >= 0 && Capitalised(tokens[first - 2]))))
            {
                first--;
            }

            var last = i;
            while (last + 1 < tokens.Count && (Capitalised(tokens[last + 1]) || (Connectors.Contains(tokens[last + 1].Text) && last + 2 < tokens.Count && Capitalised(tokens[last + 2]))))
            {
                last++;
            }

            while (first < i && Connectors.Contains(tokens[first].Text))
            {
                first++;
            }

            if (last == first)
            {
                continue;
            }

            var distance = Math.Abs(i - near);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = string.Join(' ', tokens.Skip(first).Take(last - first + 1).Select(t => t.Text)).Replace(" 's", "'s", StringComparison.Ordinal);
            }
        }

        return best;
    }

    private static bool Capitalised(Token token) => token.IsWord && char.IsUpper(token.Text[0]) && token.Text != "'s";
}
