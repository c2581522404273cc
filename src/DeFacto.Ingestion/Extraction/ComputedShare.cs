using DeFacto.Core.Coding;
using DeFacto.Ingestion.Quantities;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// A patron's share of the budget that the text does not state but gives the parts of: "a budget of
/// 9.6 billion roubles, of which 7.1 billion is Russian assistance". Both amounts stand in one
/// sentence, in the same currency; the whole stands beside a budget word, the part beside the
/// patron's name or a word for aid, and the part is smaller. The share is proposed as computed,
/// with lower confidence than a stated one.
/// </summary>
internal static class ComputedShare
{
    private const string Indicator = "finance.patron_budget_share";

    private static readonly string[] BudgetWords = ["budget", "revenue", "бюджет", "доход", "haushalt", "einnahmen"];

    private static readonly string[] AidWords =
    [
        "aid", "assistance", "subsid", "transfer", "grant", "donat", "fund", "support", "allocat", "помощ", "дотац", "субсид", "finanzhilf", "hilfe",
    ];

    public static IEnumerable<CandidateFact> Extract(DocumentContext document, SentenceAnalysis sentence, Codebook codebook)
    {
        if (sentence.IsQuestion || codebook.FindIndicator(Indicator) is not { } indicator
            || !sentence.Cues.Any(c => c.Pattern.IndicatorId == Indicator)
            || sentence.Quantities.Any(q => q.Kind == QuantityKind.Percent))
        {
            yield break;
        }

        var money = sentence.Quantities.Where(q => q.Kind == QuantityKind.Money && q.Centre > 0).ToList();
        var whole = money.Where(q => Near(sentence, q, BudgetWords) && !Near(sentence, q, AidWords)).ToList();
        if (whole.Count != 1)
        {
            yield break;
        }

        var total = whole[0];
        var (territories, inferred) = TerritoryFinder.Find(document, sentence, total.Start, total.End);
        foreach (var territory in territories)
        {
            var patron = document.PatronOf(territory);
            var parts = money.Where(q => !ReferenceEquals(q, total) && q.Unit == total.Unit && q.Centre < total.Centre
                                          && (Near(sentence, q, AidWords) || (patron is not null && NearPlace(sentence, q, patron)))).ToList();
            if (parts.Count != 1)
            {
                continue;
            }

            var part = parts[0];
            var share = Math.Round(100 * part.Centre!.Value / total.Centre!.Value, 1);
            var confidence = 0.6 - (inferred ? 0.1 : 0);
            if (FactBuilder.Build(document, sentence, indicator, territory, (share, null, null, null, "percent", null), Math.Min(total.Start, part.Start), Math.Max(total.End, part.End), confidence) is { } fact)
            {
                yield return fact;
            }
        }
    }

    private static bool Near(SentenceAnalysis sentence, Quantity quantity, string[] words)
    {
        var tokens = sentence.Tokens;
        var first = tokens.FindIndex(t => t.Start >= quantity.Start);
        var last = tokens.FindLastIndex(t => t.End <= quantity.End);
        if (first < 0 || last < 0)
        {
            return false;
        }

        for (var k = Math.Max(0, first - 5); k < tokens.Count && k <= last + 5; k++)
        {
            if ((k < first || k > last) && tokens[k].IsWord && words.Any(w => tokens[k].Lower.StartsWith(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NearPlace(SentenceAnalysis sentence, Quantity quantity, string place) =>
        sentence.Places.Any(p => p.PlaceId == place && Math.Abs(p.Start - quantity.Start) < 60);
}
