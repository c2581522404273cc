using DeFacto.Storage.Candidates;

namespace DeFacto.Web.Evidence;

/// <summary>Candidate facts from ingested documents awaiting review; only a ledger has them.</summary>
public interface IReviewDesk
{
    IReadOnlyList<Candidate> Pending();

    /// <summary>Accepts (with optional edits) or rejects a candidate; a refusal comes back as a message, never an exception.</summary>
    ReviewResult Review(long id, ReviewDecision decision, CandidateEdit? edit, string reviewer);
}
