using DeFacto.Analysis.Answers;
using DeFacto.Storage.Candidates;

namespace DeFacto.Web.Evidence;

/// <summary>The review desk of a dataset folder: there is nothing to review, and nothing can be written.</summary>
internal sealed class NoReviewDesk : IReviewDesk
{
    public const string Reason = "this server reads a dataset folder, not a ledger: start it with --ledger to review candidates";

    public IReadOnlyList<Candidate> Pending() => [];

    public Outcome<ReviewOutcome> Review(long id, ReviewDecision decision, CandidateEdit? edit, string reviewer) =>
        Outcomes.Fail<ReviewOutcome>(Problem.Unavailable(Reason));
}
