using DeFacto.Ingestion.Cues;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// Which currency circulates is a statement about money in use — legal tender, the currency of
/// salaries and prices, a switch to it, an encyclopedia's "Currency" line — not any amount denominated
/// in it. "5 billion Russian roubles" and "the rouble's devaluation" say nothing of the regime. Where the
/// territory's own currency and the patron's stand together as the currencies in use, the regime is dual.
/// </summary>
internal static class CurrencyRegime
{
    private static readonly string[] RegimePrefixes =
    [
        "currency", "currencies", "tender", "circulat", "adopt", "switch", "introduc", "replac", "paid", "payment", "payments", "prices",
        "denominated", "use", "uses", "used", "using", "official", "accept", "dollaris", "rublis", "rubleis",
        "валют", "платеж", "платёж", "обращени", "перешл", "переход", "расчет", "расчёт", "währung", "zahlungsmittel",
    ];

    private static readonly HashSet<string> Scales = new(StringComparer.Ordinal)
    {
        "thousand", "million", "billion", "trillion", "mn", "bn", "m", "k", "тыс", "млн", "млрд", "тысяч", "миллиона", "миллиардов", "миллионов",
        "milliarden", "millionen", "mio", "mrd",
    };

    public static bool InUse(SentenceAnalysis sentence, CueMatch cue)
    {
        var tokens = sentence.Tokens;
        // An amount: a figure or a scale word just before the currency's name.
        for (var k = cue.FirstToken - 1; k >= 0 && k >= cue.FirstToken - 2; k--)
        {
            if (tokens[k].Kind == Sentences.TokenKind.Number || Scales.Contains(tokens[k].Lower))
            {
                return false;
            }
        }

        foreach (var token in tokens)
        {
            if (token.IsWord && RegimePrefixes.Any(p => token.Lower.StartsWith(p, StringComparison.Ordinal)) && !IsDevaluation(token.Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"own" and "patron" named together as the currencies in use make "dual".</summary>
    public static string Category(SentenceAnalysis sentence, CueMatch cue, string territory)
    {
        var category = cue.Pattern.Category!;
        if (category is not ("own" or "patron"))
        {
            return category;
        }

        var other = category == "own" ? "patron" : "own";
        return sentence.Cues.Any(c => c.Pattern.IndicatorId == cue.Pattern.IndicatorId && c.Pattern.Category == other && InUse(sentence, c)
                                      && (c.Territory is null || c.Territory == territory))
            ? "dual"
            : category;
    }

    private static bool IsDevaluation(string word) => word.StartsWith("devalu", StringComparison.Ordinal);
}
