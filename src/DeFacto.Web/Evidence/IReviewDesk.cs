using DeFacto.Analysis.Answers;
using DeFacto.Storage.Candidates;

namespace DeFacto.Web.Evidence;

/// <summary>Candidate facts from ingested documents awaiting review; only a ledger has them.</summary>
public interface IReviewDesk
{
    IReadOnlyList<Candidate> Pending();

    /// <summary>Accepts (with optional edits) or rejects a candidate; a refusal is a problem, never an exception.</summary>
    Outcome<ReviewOutcome> Review(long id, ReviewDecision decision, CandidateEdit? edit, string reviewer);
}
