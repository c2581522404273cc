using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;

namespace DeFacto.Analysis.Assessing;

/// <summary>The years a territory's story spans by default: from its first evidence to its end or this year.</summary>
public static class EvidenceYears
{
    /// <summary>The year of the territory's earliest observation or event; null when it has none.</summary>
    public static int? First(Ledger ledger, string territory)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var years = ledger.ObservationsOf(territory).Select(o => o.AsOf.Year).Concat(ledger.EventsOf(territory).Select(e => e.Date.Year)).ToList();
        return years.Count == 0 ? null : years.Min();
    }

    /// <summary>The last year the territory existed through, or this year while it exists.</summary>
    public static int Last(Place place, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.Until is { } until ? Math.Min(until.Start.AddDays(-1).Year, today.Year) : today.Year;
    }
}
