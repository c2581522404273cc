using DeFacto.Storage.Candidates;

namespace DeFacto.Web.Evidence;

/// <summary>What a review did: the outcome, or why the ledger refused it.</summary>
public sealed record ReviewResult(ReviewOutcome? Outcome, string? Error)
{
    public bool Ok => Error is null;
}
