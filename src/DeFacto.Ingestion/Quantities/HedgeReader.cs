using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Quantities;

/// <summary>
/// Reads the hedge in front of a figure and maps it to a qualifier: "an estimated" → estimate;
/// "some", "about", "perhaps only", "almost all", "more than" → approximate; "officially" → official;
/// "reportedly", "claimed" → claimed; "disputed" → disputed. "It has been estimated that …" hedges
/// every figure after it. "The remaining 10 per cent" marks the figure as the complement of what is said.
/// </summary>
internal static class HedgeReader
{
    private const int Window = 4;

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["estimated"] = "estimate",
        ["estimate"] = "estimate",
        ["estimates"] = "estimate",
        ["est"] = "estimate",
        ["some"] = "approximate",
        ["about"] = "approximate",
        ["around"] = "approximate",
        ["approximately"] = "approximate",
        ["approx"] = "approximate",
        ["roughly"] = "approximate",
        ["circa"] = "approximate",
        ["ca"] = "approximate",
        ["nearly"] = "approximate",
        ["almost"] = "approximate",
        ["perhaps"] = "approximate",
        ["maybe"] = "approximate",
        ["possibly"] = "approximate",
        ["over"] = "approximate",
        ["than"] = "approximate",
        ["least"] = "approximate",
        ["under"] = "approximate",
        ["up"] = "approximate",
        ["close"] = "approximate",
        ["upwards"] = "approximate",
        ["около"] = "approximate",
        ["примерно"] = "approximate",
        ["почти"] = "approximate",
        ["более"] = "approximate",
        ["свыше"] = "approximate",
        ["порядка"] = "approximate",
        ["приблизительно"] = "approximate",
        ["etwa"] = "approximate",
        ["rund"] = "approximate",
        ["ungefähr"] = "approximate",
        ["official"] = "official",
        ["officially"] = "official",
        ["reportedly"] = "claimed",
        ["claimed"] = "claimed",
        ["allegedly"] = "claimed",
        ["alleged"] = "claimed",
        ["disputed"] = "disputed",
        ["contested"] = "disputed",
        ["unverified"] = "disputed",
    };

    private static readonly HashSet<string> Complements = new(StringComparer.Ordinal)
    {
        "remaining", "rest", "остальные", "оставшиеся",
    };

    public static void Apply(List<Token> tokens, List<Quantity> quantities)
    {
        foreach (var quantity in quantities)
        {
            var first = FirstTokenAt(tokens, quantity.Start);
            quantity.Qualifier = Nearest(tokens, first) ?? SentenceLevel(tokens, first);
            quantity.Complement = HasComplement(tokens, first);
        }
    }

    private static string? Nearest(List<Token> tokens, int first)
    {
        var words = 0;
        for (var i = first - 1; i >= 0 && words < Window; i--)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                if (token.Text is "." or ";" or ":" or "–" or "—")
                {
                    break;
                }

                continue;
            }

            words++;
            if (Words.TryGetValue(token.Lower, out var qualifier))
            {
                return qualifier;
            }
        }

        return null;
    }

    private static string? SentenceLevel(List<Token> tokens, int first)
    {
        for (var i = 0; i < first; i++)
        {
            var stem = tokens[i].Stem;
            if (stem is "estimat" or "estimate")
            {
                return "estimate";
            }

            if (stem is "claim" or "alleg" || (tokens[i].Lower == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to"))
            {
                return "claimed";
            }
        }

        return null;
    }

    private static bool HasComplement(List<Token> tokens, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - 6; i--)
        {
            if (Complements.Contains(tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstTokenAt(List<Token> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End > start)
            {
                return i;
            }
        }

        return tokens.Count;
    }
}
