namespace DeFacto.Storage.Candidates;

/// <summary>
/// Several review decisions made at once (<c>review --accept 3 4 --reject 5</c>). The whole request is
/// checked before any of it is applied, and then applied in one transaction: all of it, or none.
/// </summary>
public sealed record ReviewRequest(IReadOnlyList<long> Accept, IReadOnlyList<long> Reject)
{
    public bool IsEmpty => Accept.Count == 0 && Reject.Count == 0;

    /// <summary>Everything wrong with the request against the ids now pending; empty when it can be applied.</summary>
    public IReadOnlyList<string> Problems(IReadOnlySet<long> pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var problems = new List<string>();
        var both = Accept.Intersect(Reject).Order().ToList();
        if (both.Count > 0)
        {
            problems.Add($"candidate {string.Join(", ", both)} is both accepted and rejected: give each id once, with --accept or with --reject");
        }

        var unknown = Accept.Concat(Reject).Distinct().Where(id => !pending.Contains(id)).Order().ToList();
        if (unknown.Count > 0)
        {
            problems.Add($"no pending candidate with id {string.Join(", ", unknown)}; run `defacto review --list` for the pending ones");
        }

        return problems;
    }
}
