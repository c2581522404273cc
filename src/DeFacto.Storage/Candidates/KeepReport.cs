namespace DeFacto.Storage.Candidates;

/// <summary>
/// What one <see cref="ILedgerStore.Keep"/> did, in one transaction: every candidate kept (new or already
/// there), those accepted into the ledger now, and those left pending with the reason.
/// </summary>
public sealed record KeepReport(IReadOnlyList<KeptCandidate> Kept, IReadOnlyList<ReviewOutcome> Accepted, IReadOnlyList<(KeptCandidate Candidate, string Reason)> LeftForReview)
{
    public int Added => Kept.Count(k => k.IsNew);

    public int AlreadyKept => Kept.Count(k => !k.IsNew);
}
