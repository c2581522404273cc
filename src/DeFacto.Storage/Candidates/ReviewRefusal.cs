namespace DeFacto.Storage.Candidates;

/// <summary>Why the ledger did not apply a review: an expected answer, given as a value, not thrown.</summary>
public sealed record ReviewRefusal(ReviewRefusalKind Kind, string Message);

public enum ReviewRefusalKind
{
    /// <summary>No candidate has that id.</summary>
    NoSuchCandidate,

    /// <summary>The candidate was already accepted or rejected.</summary>
    AlreadyReviewed,

    /// <summary>The candidate (as edited) cannot become an observation: no date, a value the codebook refuses, a taken id.</summary>
    CannotAccept,

    /// <summary>A request of several decisions that does not fit the pending candidates (an id twice, an id not pending).</summary>
    BadRequest,
}
