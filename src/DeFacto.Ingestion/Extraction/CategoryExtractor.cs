using DeFacto.Core.Coding;
using DeFacto.Ingestion.Cues;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// Codes ordinal, binary and categorical indicators from the anchors' cue phrases. A category cue
/// counts only where the sentence is on the indicator's topic (a cue term of the indicator or of its
/// domain is present), is not negated just before it, and the sentence is a statement, not a question.
/// De jure status is coded only from plain statements: "effectively", "unofficially" or "in practice"
/// describe de facto integration, never formal status.
/// </summary>
internal static class CategoryExtractor
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "without", "neither", "nor", "cannot", "hardly", "lack", "lacks", "refused", "refuses", "failed",
        "не", "нет", "ни", "kein", "nicht",
    };

    private static readonly HashSet<string> Informal = new(StringComparer.Ordinal)
    {
        "effectively", "unofficially", "practically", "gradually", "creeping", "virtually", "informally",
    };

    public static IEnumerable<CandidateFact> Extract(DocumentContext document, SentenceAnalysis sentence, Codebook codebook)
    {
        if (sentence.IsQuestion)
        {
            yield break;
        }

        var seen = new HashSet<(string, string, string)>();
        foreach (var cue in sentence.Cues)
        {
            if (!cue.Pattern.IsCategory || codebook.FindIndicator(cue.Pattern.IndicatorId) is not { } indicator
                || !OnTopic(sentence, indicator, codebook) || Negated(sentence, cue) || PartOfAnother(sentence.Tokens, cue.LastToken)
                || (indicator.Role == IndicatorRole.Status && IsInformal(sentence)))
            {
                continue;
            }

            if ((indicator.Id == "finance.currency" && !CurrencyRegime.InUse(sentence, cue))
                || (indicator.Id == "security.patron_base" && Abroad(sentence))
                || (indicator.Id == "status.accession_goal" && !cue.Pattern.Source.Contains("goal", StringComparison.Ordinal) && !SeeksIt(sentence)))
            {
                continue;
            }

            var (territories, inferred) = cue.Territory is { } named
                ? ([named], false)
                : TerritoryFinder.Find(document, sentence, cue.Start, cue.End);
            if (cue.Territory is null && TerritoryFinder.Covers(document, sentence, cue.Start) is { Count: > 1 } several)
            {
                (territories, inferred) = (several, false);
            }

            // "Armenia joined the Eurasian Economic Union": a state named as the subject speaks of itself, not of the territory.
            if (inferred && indicator.Role == IndicatorRole.Status && StateAsSubject(document, sentence, cue))
            {
                continue;
            }

            foreach (var territory in territories)
            {
                var category = indicator.Id == "finance.currency" ? CurrencyRegime.Category(sentence, cue, territory) : cue.Pattern.Category!;
                if ((cue.Patron is { } patron && document.PatronOf(territory) != patron)
                    || (cue.Parent is { } parent && document.ParentOf(territory) != parent)
                    || !seen.Add((territory, indicator.Id, category)))
                {
                    continue;
                }

                var confidence = 0.75 - (inferred ? 0.1 : 0) + (cue.Pattern.Elements.Count > 1 ? 0.05 : 0);
                if (FactBuilder.Build(document, sentence, indicator, territory, (null, null, null, category, null, null), cue.Start, cue.End, confidence) is { } fact)
                {
                    yield return fact;
                }
            }
        }
    }

    // An accession goal is something sought: "becoming part of Russia" alone may describe what has happened.
    private static readonly string[] Seeking =
    [
        "want", "seek", "sought", "aim", "goal", "intend", "plan", "desire", "wish", "hope", "strive", "push", "call", "support", "favour",
        "favor", "referend", "vote", "voted", "initiative", "dream", "aspir", "ambition", "request", "appeal", "ask", "demand", "campaign",
        "стрем", "хот", "жела", "референдум", "просьб", "обращ",
    ];

    private static bool SeeksIt(SentenceAnalysis sentence) =>
        sentence.Tokens.Exists(t => t.IsWord && Seeking.Any(s => t.Lower.StartsWith(s, StringComparison.Ordinal)));

    /// <summary>"sent to Russian military bases abroad": bases elsewhere, not in the territory.</summary>
    private static bool Abroad(SentenceAnalysis sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Lower is "abroad" or "overseas" or "рубежом" or "ausland" || (tokens[i].Lower == "за" && i + 1 < tokens.Count && tokens[i + 1].Lower == "рубежом"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StateAsSubject(DocumentContext document, SentenceAnalysis sentence, CueMatch cue) =>
        sentence.Places.Any(p => !p.ByAdjective && !document.IsTerritory(p.PlaceId)
                                 && p.FirstToken + p.TokenCount <= cue.FirstToken && p.FirstToken + p.TokenCount >= cue.FirstToken - 2
                                 && sentence.Tokens[p.FirstToken + p.TokenCount].Lower != "'s");

    private static bool OnTopic(SentenceAnalysis sentence, Indicator indicator, Codebook codebook)
    {
        foreach (var cue in sentence.Cues)
        {
            if (cue.Pattern.IsCategory)
            {
                continue;
            }

            if (cue.Pattern.IndicatorId == indicator.Id || codebook.FindIndicator(cue.Pattern.IndicatorId)?.Domain == indicator.Domain)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Negated(SentenceAnalysis sentence, CueMatch cue)
    {
        var tokens = sentence.Tokens;
        for (var i = cue.FirstToken - 1; i >= 0 && i >= cue.FirstToken - 3; i--)
        {
            if (tokens[i].Text is "." or ";" or ",")
            {
                break;
            }

            if (Negations.Contains(tokens[i].Lower) || tokens[i].Lower.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"recognised (internationally) as part of Georgia": the opposite of recognition as a state.</summary>
    internal static bool PartOfAnother(IReadOnlyList<Sentences.Token> tokens, int last)
    {
        for (var i = last + 1; i < tokens.Count && i <= last + 6; i++)
        {
            if (tokens[i].Lower == "as" && i + 1 < tokens.Count && (tokens[i + 1].Lower == "part" || (tokens[i + 1].Lower is "a" or "an" or "the" && i + 2 < tokens.Count && tokens[i + 2].Lower == "part")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInformal(SentenceAnalysis sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Informal.Contains(tokens[i].Lower)
                || (tokens[i].Lower == "in" && i + 1 < tokens.Count && tokens[i + 1].Lower == "practice")
                || (tokens[i].Lower == "difference" && i + 1 < tokens.Count && tokens[i + 1].Lower == "between")
                || (tokens[i].Lower == "all" && i + 2 < tokens.Count && tokens[i + 1].Lower == "but" && tokens[i + 2].Lower == "name"))
            {
                return true;
            }
        }

        return false;
    }
}
