using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

namespace DeFacto.Storage.Candidates;

/// <summary>The reviewer's corrections to a candidate before it is accepted; null fields keep the candidate's value.</summary>
public sealed record CandidateEdit
{
    public string? Territory { get; init; }

    public string? Indicator { get; init; }

    public ObservedValue? Value { get; init; }

    public string? Unit { get; init; }

    public EvidenceStatus? Status { get; init; }

    public string? Qualifier { get; init; }

    public PartialDate? AsOf { get; init; }

    public string? Quote { get; init; }

    public double? Confidence { get; init; }

    public string? Note { get; init; }
}
