namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// One candidate per distinct claim: the same fact said twice keeps its most confident reading, and
/// the same event dated twice ("has just signed", "signed on March 18") keeps its most precise date.
/// </summary>
internal static class CandidateMerger
{
    public static List<CandidateFact> Facts(IEnumerable<CandidateFact> facts)
    {
        var kept = new List<CandidateFact>();
        var index = new Dictionary<(string, string, double?, double?, double?, string?, Core.Evidence.EvidenceStatus), int>();
        foreach (var fact in facts)
        {
            var key = (fact.Territory, fact.Indicator, fact.Value, fact.Low, fact.High, fact.Category, fact.Status);
            if (index.TryGetValue(key, out var at))
            {
                if (fact.Confidence > kept[at].Confidence)
                {
                    kept[at] = fact;
                }

                continue;
            }

            index[key] = kept.Count;
            kept.Add(fact);
        }

        return kept;
    }

    public static List<CandidateEvent> Events(IEnumerable<CandidateEvent> events)
    {
        var kept = new List<CandidateEvent>();
        foreach (var candidate in events)
        {
            var same = kept.FindIndex(e => e.Type == candidate.Type && SameParties(e, candidate) && Compatible(e, candidate));
            if (same < 0)
            {
                kept.Add(candidate);
                continue;
            }

            var existing = kept[same];
            var precise = candidate.Date.Precision > existing.Date.Precision ? candidate : existing;
            kept[same] = precise with { Title = precise.Title ?? existing.Title ?? candidate.Title };
        }

        return kept;
    }

    private static bool SameParties(CandidateEvent a, CandidateEvent b) =>
        a.Parties.Count == b.Parties.Count && a.Parties.All(p => b.Parties.Contains(p, StringComparer.Ordinal));

    private static bool Compatible(CandidateEvent a, CandidateEvent b)
    {
        var x = a.Date.ToString();
        var y = b.Date.ToString();
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }
}
