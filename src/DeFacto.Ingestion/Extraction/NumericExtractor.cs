using DeFacto.Core.Coding;
using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Quantities;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// Pairs the figures of a sentence with the cue terms of numeric indicators (shares, counts, ratios):
/// nearest pairs first, each figure and each cue used once, only where the figure's kind suits the
/// indicator's scale (a per-cent figure is never a head count).
/// </summary>
internal static class NumericExtractor
{
    private const int MaxShareDistance = 120;
    private const int MaxCountDistance = 60;

    public static IEnumerable<CandidateFact> Extract(DocumentContext document, SentenceAnalysis sentence, Codebook codebook)
    {
        if (sentence.IsQuestion)
        {
            yield break;
        }

        var pairs = new List<(int Distance, Quantity Quantity, CueMatch Cue, Indicator Indicator)>();
        foreach (var cue in sentence.Cues)
        {
            if (cue.Pattern.IsCategory || codebook.FindIndicator(cue.Pattern.IndicatorId) is not { IsNumeric: true } indicator)
            {
                continue;
            }

            foreach (var quantity in sentence.Quantities)
            {
                if (!Suits(indicator, quantity))
                {
                    continue;
                }

                if (quantity.Kind == QuantityKind.Count && CountsSomethingElse(sentence, quantity, indicator))
                {
                    continue;
                }

                var distance = Distance(sentence, quantity, cue);
                var limit = quantity.Kind == QuantityKind.Count ? MaxCountDistance : MaxShareDistance;
                if (distance > limit)
                {
                    continue;
                }

                // A figure that is not what the indicator measures must not take the cue from one that is.
                var (about, _) = cue.Territory is { } n ? ([n], false) : TerritoryFinder.Find(document, sentence, quantity.Start, quantity.End);
                if (about.Count > 0 && !SaysWhatItMeasures(document, sentence, indicator, quantity, cue, about[0]))
                {
                    continue;
                }

                pairs.Add((distance, quantity, cue, indicator));
            }
        }

        var usedQuantities = new HashSet<Quantity>(ReferenceEqualityComparer.Instance);
        var usedCues = new HashSet<(int, int)>();
        foreach (var (distance, quantity, cue, indicator) in pairs.OrderBy(p => p.Distance).ThenBy(p => p.Quantity.Start))
        {
            if (usedQuantities.Contains(quantity) || usedCues.Contains((cue.Start, cue.End)))
            {
                continue;
            }

            usedQuantities.Add(quantity);
            usedCues.Add((cue.Start, cue.End));
            var (territories, inferred) = cue.Territory is { } named
                ? ([named], false)
                : TerritoryFinder.Find(document, sentence, quantity.Start, quantity.End);
            var confidence = 0.85 - (distance / 250.0) - (inferred ? 0.1 : 0) - (quantity.Complement ? 0.2 : 0) - (quantity.Computed ? 0.1 : 0);
            foreach (var territory in territories)
            {
                if ((cue.Patron is { } patron && document.PatronOf(territory) != patron)
                    || (quantity.Kind == QuantityKind.Count && territories.Count == 1 && TerritoryFinder.IsJointTotal(document, sentence, territory))
                    || !SaysWhatItMeasures(document, sentence, indicator, quantity, cue, territory))
                {
                    continue;
                }

                var sure = confidence;

                if (indicator.Id.StartsWith("security.patron_", StringComparison.Ordinal) && !FactGuards.NamesPatron(document, sentence, territory))
                {
                    sure -= 0.15;
                }

                if (quantity.Value is null && quantity.Low is not null && quantity.Kind == QuantityKind.Percent && quantity.Qualifier == "approximate")
                {
                    sure -= 0.05;
                }

                if (FactBuilder.Build(document, sentence, indicator, territory, Value(indicator, quantity), Math.Min(quantity.Start, cue.Start), Math.Max(quantity.End, cue.End), sure) is not { } fact)
                {
                    continue;
                }

                yield return quantity.Complement ? fact with { Status = Core.Evidence.EvidenceStatus.InPlace } : fact;
            }
        }
    }

    private static bool SaysWhatItMeasures(DocumentContext document, SentenceAnalysis sentence, Indicator indicator, Quantity quantity, CueMatch cue, string territory) =>
        indicator.Id switch
        {
            "population.residents" => !FactGuards.IsSubGroup(sentence, quantity, cue),
            "finance.patron_budget_share" => FactGuards.IsPatronBudgetShare(document, sentence, quantity, territory),
            "security.patron_troops" or "security.patron_border_guards" => !FactGuards.IsOwnUnit(document, sentence, quantity, cue, territory),
            _ => true,
        };

    // Words that may stand between a count and the noun it counts ("a 1,500 strong Russian FSB border guard").
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "strong", "armed", "more", "additional", "extra", "new", "other", "local", "permanent", "active", "regular", "ethnic", "former", "-",
    };

    // Generic words for people, which a head count may use without naming what the codebook counts.
    private static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal) { "people", "persons", "individuals" };

    /// <summary>
    /// A count names what it counts in the noun that follows it: "496,500 Russian passports" counts passports,
    /// not residents, even when "residents" stands nearby. When that head noun is not a cue of the indicator
    /// being paired (and is not a generic word for people), the figure is about something else.
    /// </summary>
    private static bool CountsSomethingElse(SentenceAnalysis sentence, Quantity quantity, Indicator indicator)
    {
        var tokens = sentence.Tokens;
        var i = tokens.FindIndex(t => t.Start >= quantity.End);
        var skipped = 0;
        while (i >= 0 && i < tokens.Count && skipped < 4
               && (Modifiers.Contains(tokens[i].Lower) || sentence.Places.Any(p => p.Start <= tokens[i].Start && tokens[i].End <= p.End)))
        {
            i++;
            skipped++;
        }

        if (i < 0 || i >= tokens.Count || !tokens[i].IsWord || tokens[i].Start - quantity.End > 40)
        {
            return false;
        }

        var head = tokens[i];
        var covering = sentence.Cues.Where(c => c.Start <= head.Start && head.End <= c.End).ToList();
        if (covering.Count > 0)
        {
            return covering.All(c => c.Pattern.IndicatorId != indicator.Id);
        }

        return char.IsLower(head.Text[0]) && !PersonNouns.Contains(head.Lower) && head.Lower.EndsWith('s');
    }

    private static bool Suits(Indicator indicator, Quantity quantity) => indicator.Scale switch
    {
        Scale.Share => quantity.Kind == QuantityKind.Percent && quantity.Centre is >= 0 and <= 100,
        Scale.Ratio => quantity.Kind == QuantityKind.Ratio || (quantity.Kind == QuantityKind.Percent && quantity.Centre is >= 0 and <= 100),
        Scale.Count => quantity.Kind == QuantityKind.Count && quantity.Centre >= 1,
        _ => false,
    };

    private static (double?, double?, double?, string?, string?, string?) Value(Indicator indicator, Quantity quantity)
    {
        var (value, low, high) = (quantity.Value, quantity.Low, quantity.High);
        if (quantity.Complement && quantity.Kind == QuantityKind.Percent)
        {
            (value, low, high) = (100 - value, 100 - high, 100 - low);
        }

        if (indicator.Scale == Scale.Ratio && quantity.Kind == QuantityKind.Percent)
        {
            (value, low, high) = (value / 100, low / 100, high / 100);
        }

        var unit = indicator.Unit ?? quantity.Unit ?? (indicator.Scale == Scale.Count ? "persons" : null);
        return (value, low, high, null, unit, quantity.Qualifier);
    }

    private static int Distance(SentenceAnalysis sentence, Quantity quantity, CueMatch cue)
    {
        int gap;
        int from;
        int to;
        if (cue.End <= quantity.Start)
        {
            (gap, from, to) = (quantity.Start - cue.End, cue.End, quantity.Start);
            gap += 5;
        }
        else if (cue.Start >= quantity.End)
        {
            (gap, from, to) = (cue.Start - quantity.End, quantity.End, cue.Start);
        }
        else
        {
            return 0;
        }

        foreach (var token in sentence.Tokens)
        {
            if (token.Start >= from && token.End <= to && token.Text is ";" or "–" or "—" or ":")
            {
                gap += 40;
            }
        }

        return gap;
    }
}
