using DeFacto.Ingestion.Places;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// The territory a phrase is about: the territory named nearest to it in the sentence (one named
/// before it in the same clause first); for "these enclaves" or "both regions", the territories of the
/// sentence before; for "the region" or "the enclave", or when none is named, the document's main territory.
/// </summary>
internal static class TerritoryFinder
{
    private static readonly HashSet<string> PluralNouns = new(StringComparer.Ordinal)
    {
        "enclaves", "regions", "republics", "territories", "entities", "states", "statelets", "breakaways", "provinces",
    };

    public static (IReadOnlyList<string> Territories, bool Inferred) Find(DocumentContext document, SentenceAnalysis sentence, int start, int end)
    {
        var named = sentence.Territories(document);
        if (HasPluralReference(sentence))
        {
            var previous = Previous(document, sentence);
            if (previous.Count >= 2)
            {
                return (previous, true);
            }
        }

        if (named.Count == 0)
        {
            return document.PrimaryTerritory is { } primary ? ([primary], true) : ([], true);
        }

        var distinct = named.Select(p => p.PlaceId).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 1)
        {
            return (distinct, false);
        }

        var best = named.MinBy(p => Distance(sentence, p, start, end))!;
        return ([best.PlaceId], false);
    }

    /// <summary>
    /// Territories the phrase at <paramref name="at"/> covers together: "South Ossetia and Abkhazia" (named
    /// side by side, joined by "and" or a comma, in the clause of the phrase), or the territories of one
    /// patron a collective name stands for ("the Donbass republics"). Null when the clause names one or none.
    /// </summary>
    public static List<string>? Covers(DocumentContext document, SentenceAnalysis sentence, int at)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Lower is "donbass" or "donbas" or "донбасса" or "донбасс" && tokens[i + 1].Lower is "republics" or "республик" or "республики")
            {
                var both = new List<string> { "donetsk", "luhansk" }.Where(document.IsTerritory).ToList();
                return both.Count == 2 ? both : null;
            }
        }

        var named = sentence.Territories(document);
        for (var k = 0; k + 1 < named.Count; k++)
        {
            var a = named[k];
            var b = named[k + 1];
            if (a.PlaceId == b.PlaceId || b.FirstToken != a.FirstToken + a.TokenCount + 1
                || tokens[b.FirstToken - 1].Lower is not ("and" or "&" or "и" or "und" or ","))
            {
                continue;
            }

            // The pair must stand in the phrase's clause: no ";" or "." between them and the phrase.
            var (from, to) = a.Start < at ? (b.End, at) : (at, a.Start);
            if (tokens.Exists(t => t.Start >= from && t.End <= to && t.Text is ";" or ":" or "—"))
            {
                continue;
            }

            return [a.PlaceId, b.PlaceId];
        }

        return null;
    }

    /// <summary>"7,600 troops in Abkhazia and South Ossetia": a count for two territories together is neither's.</summary>
    public static bool IsJointTotal(DocumentContext document, SentenceAnalysis sentence, string territory)
    {
        if (sentence.Tokens.Any(t => t.Lower == "each"))
        {
            return false;
        }

        var named = sentence.Territories(document);
        for (var k = 0; k + 1 < named.Count; k++)
        {
            var a = named[k];
            var b = named[k + 1];
            if (a.PlaceId != b.PlaceId && (a.PlaceId == territory || b.PlaceId == territory)
                && b.FirstToken == a.FirstToken + a.TokenCount + 1 && sentence.Tokens[b.FirstToken - 1].Lower is "and" or "&")
            {
                return true;
            }
        }

        return false;
    }

    private static int Distance(SentenceAnalysis sentence, PlaceMention place, int start, int end)
    {
        if (place.End <= start)
        {
            var gap = start - place.End;
            return gap + (Crosses(sentence, place.End, start) ? 200 : 0);
        }

        if (place.Start >= end)
        {
            var gap = place.Start - end;
            return (gap * 2) + 5 + (Crosses(sentence, end, place.Start) ? 200 : 0);
        }

        return 0;
    }

    private static bool Crosses(SentenceAnalysis sentence, int from, int to) =>
        sentence.Tokens.Any(t => t.Start >= from && t.End <= to && t.Text is ";" or "–" or "—" or ":");

    private static bool HasPluralReference(SentenceAnalysis sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Lower is "these" or "both" or "two" or "those" or "each" or "occupied" or "breakaway" or "separatist")
            {
                for (var k = i + 1; k <= i + 3 && k < tokens.Count; k++)
                {
                    if (PluralNouns.Contains(tokens[k].Lower))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static List<string> Previous(DocumentContext document, SentenceAnalysis sentence)
    {
        for (var i = sentence.Sentence.Index - 1; i >= 0 && i >= sentence.Sentence.Index - 3; i--)
        {
            var territories = document.Sentences[i].Territories(document).Select(p => p.PlaceId).Distinct(StringComparer.Ordinal).ToList();
            if (territories.Count >= 2)
            {
                return territories;
            }
        }

        return [];
    }
}
