using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;

namespace DeFacto.Core.Scoring;

/// <summary>
/// A de jure status indicator as a dated legal fact, never drawn (DESIGN.md §5, point 6): the category
/// the latest in-place observation on or before the date gives, and the day the unbroken run of that
/// category began. A step towards annexation (the indicator's annexation value) counts only from the
/// end of its stated period, so "incorporated in 2022" does not count from 1 January 2022.
/// </summary>
internal sealed record FormalFact(Indicator Indicator, string? Category, DateOnly? Since, IReadOnlyList<Observation> Deciding)
{
    public static FormalFact Of(Indicator indicator, IEnumerable<Observation> observations, DateOnly asOf)
    {
        DateOnly Effective(Observation o) =>
            string.Equals(Anchor(o), indicator.AnnexationValue, StringComparison.Ordinal) ? o.AsOf.End : o.AsOf.Start;
        string Anchor(Observation o) => Indicator.Normalise(o.Value.Category ?? "");

        var eligible = observations.Where(o => o.Status == EvidenceStatus.InPlace && o.Value.Category is not null && Effective(o) <= asOf)
            .OrderBy(Effective).ThenBy(o => o.Confidence).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();
        if (eligible.Count == 0)
        {
            return new FormalFact(indicator, null, null, []);
        }

        var latest = eligible[^1];
        var category = Anchor(latest);
        var since = Effective(latest);
        for (var i = eligible.Count - 1; i >= 0 && Anchor(eligible[i]) == category; i--)
        {
            since = Effective(eligible[i]);
        }

        var deciding = eligible.Where(o => Effective(o) == Effective(latest)).Reverse().ToList();
        return new FormalFact(indicator, category, since, deciding);
    }

    public bool Is(string? value) => value is not null && string.Equals(Category, value, StringComparison.Ordinal);

    public IndicatorResult Result() => new(Indicator,
        Category is null ? null : new ValueSummary(null, null, null, Category, Indicator.Unit), Summary.None, Deciding, new HashSet<string>())
    {
        Current = Category is not null,
    };
}
