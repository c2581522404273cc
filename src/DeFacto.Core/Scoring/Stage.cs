namespace DeFacto.Core.Scoring;

/// <summary>
/// How far absorption has gone (DESIGN.md §5). The first four are functional stages, drawn from the
/// evidence; de jure annexation is a legal fact; the last three are the headline's abstentions.
/// The order of the first five is the order of their probabilities in arrays: do not reorder.
/// </summary>
public enum Stage
{
    Sovereign,
    Patronage,
    Integration,
    DeFactoAnnexation,
    DeJureAnnexation,

    /// <summary>The date lies outside the territory's contested existence.</summary>
    NotAssessable,

    /// <summary>Too few domains have current evidence to name a functional stage.</summary>
    InsufficientEvidence,

    /// <summary>No functional stage is probable enough; the two most probable are named.</summary>
    Indeterminate,
}
