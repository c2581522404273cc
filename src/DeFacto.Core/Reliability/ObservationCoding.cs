using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

namespace DeFacto.Core.Reliability;

/// <summary>
/// One coder's reading of an observation's fact, made from its source and locator: the value, and
/// optionally the status and hedge. The first coding of an observation is the observation itself; a
/// coding by the observation's own coder records that coder's original value (kept when a resolution
/// later changes the evidence file), and a coding by anyone else is a recoding.
/// </summary>
public sealed record ObservationCoding
{
    public required string Observation { get; init; }

    public required string Coder { get; init; }

    public required ObservedValue Value { get; init; }

    /// <summary>in-place or pledged, when the coder judged it; null leaves the status uncoded.</summary>
    public EvidenceStatus? Status { get; init; }

    public string? Qualifier { get; init; }

    public string? Note { get; init; }

    public required PartialDate CodedOn { get; init; }

    /// <summary>How a disagreement between this coding and the first one was settled, when it was.</summary>
    public Resolution? Resolution { get; init; }
}
