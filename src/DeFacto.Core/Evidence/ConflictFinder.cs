namespace DeFacto.Core.Evidence;

/// <summary>
/// Finds records that disagree: the same kind of event about the same treaty (or the same parties)
/// on dates that cannot both be right, and observations of one indicator for the same period whose
/// values cannot both hold.
/// </summary>
public static class ConflictFinder
{
    public static IReadOnlyList<Conflict> Find(Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return EventConflicts(ledger.Events).Concat(ObservationConflicts(ledger.Observations)).ToList();
    }

    private static IEnumerable<Conflict> EventConflicts(IReadOnlyList<Event> events)
    {
        // The same treaty's date, or a recognition or annexation of the same parties, can only have one value.
        // Other events between the same parties (two different agreements signed) are not in conflict.
        var comparable = events.Where(e => e.Treaty is not null
            ? e.Type is "treaty-signed" or "treaty-in-force"
            : e.Type is "recognition" or "annexation");
        foreach (var group in comparable.GroupBy(e => (e.Type, Subject: e.Treaty ?? string.Join('+', e.Parties.Order(StringComparer.Ordinal)))))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (list[i].Date.IsDisjointFrom(list[j].Date))
                    {
                        var territory = list[i].Territory ?? list[j].Territory ?? (list[i].Parties.Count > 0 ? list[i].Parties[^1] : "");
                        yield return new Conflict(territory, $"{group.Key.Type} {group.Key.Subject}",
                            list[i].Date < list[j].Date ? list[i].Date : list[j].Date, list[i].Id, $"{list[i].Date} ({list[i].Source})", list[j].Id, $"{list[j].Date} ({list[j].Source})");
                    }
                }
            }
        }
    }

    private static IEnumerable<Conflict> ObservationConflicts(IReadOnlyList<Observation> observations)
    {
        foreach (var group in observations.GroupBy(o => (o.Territory, o.Indicator, o.Status, o.AsOf.Year)))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (a.Source != b.Source && !a.AsOf.IsDisjointFrom(b.AsOf) && Disagree(a.Value, b.Value))
                    {
                        yield return new Conflict(a.Territory, $"{a.Indicator} in {a.AsOf.Year}",
                            a.AsOf < b.AsOf ? a.AsOf : b.AsOf, a.Id, $"{a.Value} ({a.Source})", b.Id, $"{b.Value} ({b.Source})");
                    }
                }
            }
        }
    }

    private static bool Disagree(ObservedValue a, ObservedValue b)
    {
        if (a.Category is not null || b.Category is not null)
        {
            return !string.Equals(a.Category, b.Category, StringComparison.Ordinal);
        }

        var (aLow, aHigh) = Range(a);
        var (bLow, bHigh) = Range(b);

        // Figures within 5% of each other are the same figure rounded differently, not a disagreement.
        var slack = 0.05 * Math.Max(Math.Abs(aHigh), Math.Abs(bHigh));
        return aHigh + slack < bLow || bHigh + slack < aLow;
    }

    private static (double Low, double High) Range(ObservedValue v) =>
        v.IsInterval ? (v.Low!.Value, v.High!.Value) : (v.Point ?? 0, v.Point ?? 0);
}
