namespace DeFacto.Analysis.Answers;

/// <summary>Why a use case could not answer; each edge maps it to its own signal (an exit code, an HTTP status).</summary>
public enum ProblemKind
{
    /// <summary>An argument cannot be read or is out of range.</summary>
    Invalid,

    /// <summary>A territory, candidate or release that does not exist.</summary>
    NotFound,

    /// <summary>The request is well formed but the evidence refuses it (an already reviewed candidate, an edit that breaks the codebook).</summary>
    Refused,

    /// <summary>What the request needs is not there (a review desk without a ledger).</summary>
    Unavailable,
}
