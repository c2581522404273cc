using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;

namespace DeFacto.Core.Scoring;

/// <summary>
/// How much an observation still speaks for the assessment date (DESIGN.md §5, point 3). Inside its
/// period (<c>since</c> … <c>as_of</c>) and for <c>fresh_years</c> after it, fully; then each draw
/// falls back to the prior with a probability rising linearly to 1 at <c>stale_after_years</c>. An
/// event that ends a domain's evidence (a war, a takeover, a dissolution) ends every observation of
/// that domain dated before it.
/// </summary>
internal sealed class EvidenceClock
{
    private const double DaysPerYear = 365.25;
    private readonly double _fresh;
    private readonly double _stale;
    private readonly List<(Event Event, DateOnly Date, IReadOnlyList<string> Domains)> _endings;

    public EvidenceClock(Codebook codebook, IEnumerable<Event> territoryEvents, DateOnly asOf)
    {
        AsOf = asOf;
        _fresh = codebook.FreshYears;
        _stale = Math.Max(codebook.StaleAfterYears, codebook.FreshYears);
        _endings = territoryEvents
            .Where(e => e.Date.Start <= asOf)
            .Select(e => (Event: e, e.Date.Start, Domains: e.Ends ?? codebook.EvidenceEndingEvents.GetValueOrDefault(e.Type) ?? []))
            .Where(x => x.Domains.Count > 0)
            .ToList();
    }

    public DateOnly AsOf { get; }

    /// <summary>Years from the end of the observation's period to the date; 0 when the period reaches the date.</summary>
    public double Age(DateOnly end) => end >= AsOf ? 0 : (AsOf.DayNumber - end.DayNumber) / DaysPerYear;

    /// <summary>The chance that a draw ignores evidence whose period ended on <paramref name="end"/>: 0 while fresh, 1 once stale.</summary>
    public double FallbackProbability(DateOnly end)
    {
        var age = Age(end);
        if (age <= _fresh)
        {
            return 0;
        }

        return age >= _stale ? 1 : (age - _fresh) / (_stale - _fresh);
    }

    /// <summary>The first event after the observation's period, on or before the date, that ends its domain's evidence.</summary>
    public Event? EndedBy(Observation observation, string domain)
    {
        ArgumentNullException.ThrowIfNull(observation);
        foreach (var (e, date, domains) in _endings)
        {
            if (date > observation.AsOf.End && domains.Contains(domain, StringComparer.Ordinal))
            {
                return e;
            }
        }

        return null;
    }
}
