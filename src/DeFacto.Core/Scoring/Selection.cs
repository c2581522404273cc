using DeFacto.Core.Evidence;

namespace DeFacto.Core.Scoring;

/// <summary>The observations an indicator is assessed on: the latest in-place group and, on the
/// commitments basis, the latest pledged group. Several observations of the same date form a group.</summary>
public sealed record Selection(IReadOnlyList<Observation> InPlace, IReadOnlyList<Observation> Pledged)
{
    public static Selection Empty { get; } = new([], []);

    public bool IsEmpty => InPlace.Count == 0 && Pledged.Count == 0;

    public IEnumerable<Observation> All => InPlace.Concat(Pledged);

    /// <summary>The latest group regardless of status, for values (counts, populations) that a pledge does not raise.</summary>
    public IReadOnlyList<Observation> Latest =>
        Pledged.Count == 0 ? InPlace
        : InPlace.Count == 0 ? Pledged
        : InPlace[0].AsOf.CompareTo(Pledged[0].AsOf) >= 0 ? InPlace : Pledged;

    public static Selection Choose(IEnumerable<Observation> observations, DateOnly asOf, Basis basis)
    {
        var eligible = observations.Where(o => o.AsOf.Start <= asOf).ToList();
        var inPlace = LatestGroup(eligible.Where(o => o.Status == EvidenceStatus.InPlace));
        var pledged = basis == Basis.Commitments ? LatestGroup(eligible.Where(o => o.Status == EvidenceStatus.Pledged)) : [];
        return new Selection(inPlace, pledged);
    }

    private static List<Observation> LatestGroup(IEnumerable<Observation> observations)
    {
        var list = observations.ToList();
        if (list.Count == 0)
        {
            return list;
        }

        var latest = list.Max(o => o.AsOf.Start);
        return list.Where(o => o.AsOf.Start == latest)
            .OrderByDescending(o => o.Confidence)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .ToList();
    }
}
