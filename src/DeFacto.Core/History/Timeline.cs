using DeFacto.Core.Scoring;

namespace DeFacto.Core.History;

/// <summary>A territory year by year: the assessment at the end of each year, and at each event.</summary>
public sealed record Timeline(string Territory, Basis Basis, IReadOnlyList<TimelinePoint> Points, IReadOnlyList<TimelineEvent> Events)
{
    public static Timeline Build(Assessor assessor, Evidence.Ledger ledger, string territory, int fromYear, int toYear, Basis basis, int draws, ulong seed, DateOnly today, PledgeCounting pledges = PledgeCounting.FromEntryIntoForce)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        ArgumentNullException.ThrowIfNull(ledger);
        if (toYear < fromYear)
        {
            throw new ArgumentOutOfRangeException(nameof(toYear), "the timeline ends before it starts");
        }

        Assessment At(DateOnly date) => assessor.Assess(new AssessmentRequest(territory, date, basis, draws, seed) { Pledges = pledges });

        var points = Enumerable.Range(fromYear, toYear - fromYear + 1)
            .Select(y => new DateOnly(y, 12, 31))
            .Select(d => d > today && d.Year == today.Year ? today : d)
            .Select(d => new TimelinePoint(d, At(d)))
            .ToList();
        var events = ledger.EventsOf(territory)
            .Where(e => e.Date.Year >= fromYear && e.Date.Year <= toYear)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .Select(e => new TimelineEvent(e, At(e.Date.End)))
            .ToList();
        return new Timeline(territory, basis, points, events);
    }
}
