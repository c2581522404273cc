using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Quantities;
using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// Checks that a figure says what its indicator measures, not merely stands near its cue:
/// a head count of a sub-group (passport recipients, pensioners) is not the population; a per-cent
/// figure beside "budget" is the patron's share only when the patron's money is the subject and the
/// figure is not a change ("cut by 20%") or a split of spending; troops are the patron's, not the
/// territory's own units.
/// </summary>
internal static class FactGuards
{
    // After "N residents (of X)", a verb other than living there makes the count a sub-group.
    private static readonly HashSet<string> Dwelling = new(StringComparer.Ordinal)
    {
        "live", "lives", "living", "lived", "reside", "resides", "residing", "inhabit", "inhabits", "remain", "remained", "remaining", "in", "at",
        "as", "according", "by", "(", ")", ",", ".", "and", "—", "–", "-", ";", ":", "of", "the", "are", "were", "is", "was", "in", "on", "currently",
        "проживает", "проживают", "живет", "живут", "человек",
    };

    // Generic words about a whole population, which a population figure normally stands beside.
    private static readonly HashSet<string> Whole = new(StringComparer.Ordinal)
    {
        "population", "inhabitants", "census", "estimate", "total", "home", "населения", "население", "численность", "einwohner", "bevölkerung",
    };

    // Money from the patron: what makes a budget share the patron's.
    private static readonly string[] AidPrefixes =
    [
        "aid", "assistance", "subsid", "transfer", "grant", "donat", "financ", "fund", "support", "allocat", "injection",
        "помощ", "дотац", "субсид", "трансферт", "финансир", "finanzhilf", "hilfe", "zuschuss", "zuschüss",
    ];

    // Words that make a percentage a change or a split, not a share of the budget coming from the patron.
    private static readonly HashSet<string> Changes = new(StringComparer.Ordinal)
    {
        "cut", "cuts", "reduced", "reduce", "reduces", "reduction", "decrease", "decreased", "decline", "declined", "fell", "fall", "falls",
        "drop", "dropped", "rose", "rise", "rises", "increase", "increased", "increases", "grew", "grow", "growth", "down", "higher",
        "lower", "inflation", "deficit", "spent", "spend", "spending", "remain", "remains", "repayment", "repay", "tax", "taxes",
        "duties", "customs", "own", "interest", "sank", "slashed", "сократил", "сокращение", "снизил", "увеличил", "рост", "дефицит",
        "eigenen", "defizit", "gespart", "leave", "allow", "allowed", "keep", "retain",
    };

    // Units a territory raises itself (or an unrelated force) that a count of troops may name.
    private static readonly HashSet<string> OwnUnits = new(StringComparer.Ordinal)
    {
        "second-line", "third-line", "first-line", "reserve", "reserves", "reservists", "conscripted", "conscripts", "conscription",
        "militia", "militias", "own", "local", "national", "police", "volunteers",
    };

    public static bool IsSubGroup(SentenceAnalysis sentence, Quantity quantity, CueMatch cue)
    {
        if (quantity.Centre is < 5000)
        {
            return true;
        }

        var tokens = sentence.Tokens;

        // "a third of the residents (about 160,000 people)": a part of the population, counted in brackets.
        var first = tokens.FindIndex(t => t.Start >= quantity.Start);
        var bracket = first - 1 >= 0 && tokens[first - 1].Text == "(" ? first - 1 : first - 2 >= 0 && tokens[first - 2].Text == "(" ? first - 2 : -1;
        for (var k = Math.Max(0, bracket - 6); bracket > 0 && k < bracket; k++)
        {
            if (tokens[k].Lower is "third" or "half" or "quarter" or "треть" or "половина" or "четверть" or "%" or "percent" or "процентов")
            {
                return true;
            }
        }

        if (tokens.Exists(t => Whole.Contains(t.Lower)))
        {
            return false;
        }

        // "people live in …": the cue itself says they live there.
        for (var k = cue.FirstToken; k <= cue.LastToken; k++)
        {
            if (tokens[k].Lower is "live" or "living" or "lives" or "reside" or "residing")
            {
                return false;
            }
        }

        // "the area has around 35,000 residents", "a region with 50,000 inhabitants": the count is the whole.
        var at = tokens.FindIndex(t => t.Start >= quantity.Start);
        for (var k = at - 1; k >= 0 && k >= at - 4; k--)
        {
            if (tokens[k].Lower is "has" or "have" or "had" or "with" or "counts" or "numbers" or "totals" or "houses" || (tokens[k].Lower == "to" && k > 0 && tokens[k - 1].Lower == "home"))
            {
                return false;
            }

            if (tokens[k].Lower is "." or "," or ";" or "are" or "were" or "is" or "was")
            {
                break;
            }
        }

        // "N residents of X have obtained …", "N residents, who receive …"
        var i = Math.Max(cue.LastToken, tokens.FindIndex(t => t.Start >= quantity.End) - 1) + 1;
        var skipped = 0;
        while (i < tokens.Count && skipped < 8 && (IsPlace(sentence, i) || tokens[i].Lower is "of" or "the" or "in" or "," or "people's" or "'s" or "republic"))
        {
            i++;
            skipped++;
        }

        if (i >= tokens.Count)
        {
            return false;
        }

        var next = tokens[i];
        return next.IsWord && !Dwelling.Contains(next.Lower);
    }

    public static bool IsPatronBudgetShare(DocumentContext document, SentenceAnalysis sentence, Quantity quantity, string territory)
    {
        var tokens = sentence.Tokens;
        var patron = document.PatronOf(territory);
        var hasPatron = patron is not null && sentence.Places.Any(p => p.PlaceId == patron);
        var hasAid = tokens.Exists(t => t.IsWord && AidPrefixes.Any(a => t.Lower.StartsWith(a, StringComparison.Ordinal)));
        if (!hasPatron && !hasAid)
        {
            return false;
        }

        // A change or a split next to the figure: "by 20%", "cut 30%", "70% will remain".
        var at = tokens.FindIndex(t => t.Start >= quantity.Start);
        if (at > 0 && tokens[at - 1].Lower is "by" or "на")
        {
            return false;
        }

        var end = tokens.FindIndex(t => t.Start >= quantity.End);
        for (var k = Math.Max(0, at - 4); k < tokens.Count && k <= (end < 0 ? tokens.Count : end + 5); k++)
        {
            if (Changes.Contains(tokens[k].Lower))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsOwnUnit(DocumentContext document, SentenceAnalysis sentence, Quantity quantity, CueMatch cue, string territory)
    {
        var tokens = sentence.Tokens;
        var from = tokens.FindIndex(t => t.Start >= quantity.End);
        if (from < 0)
        {
            return false;
        }

        var to = Math.Min(tokens.Count - 1, cue.LastToken + 2);
        for (var k = Math.Min(from, cue.FirstToken); k <= to; k++)
        {
            if (OwnUnits.Contains(tokens[k].Lower))
            {
                return true;
            }

            // "the Abkhaz army's 5,000 troops": the territory's own adjective names the unit.
            if (sentence.Places.Any(p => p.ByAdjective && p.FirstToken == k && p.PlaceId == territory))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The patron is named in the sentence (by name, adjective or capital).</summary>
    public static bool NamesPatron(DocumentContext document, SentenceAnalysis sentence, string territory) =>
        document.PatronOf(territory) is { } patron && sentence.Places.Any(p => p.PlaceId == patron);

    private static bool IsPlace(SentenceAnalysis sentence, int token) =>
        sentence.Places.Any(p => p.FirstToken <= token && token < p.FirstToken + p.TokenCount);
}
