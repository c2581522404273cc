using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

namespace DeFacto.Storage.Candidates;

/// <summary>A candidate fact found in a document, to be stored until an analyst reviews it.</summary>
public sealed record NewCandidate
{
    public required string Territory { get; init; }

    public required string Indicator { get; init; }

    public required ObservedValue Value { get; init; }

    public string? Unit { get; init; }

    public required EvidenceStatus Status { get; init; }

    public string? Qualifier { get; init; }

    public PartialDate? AsOf { get; init; }

    /// <summary>The document's name: the id its source gets when the candidate is accepted.</summary>
    public required string DocumentName { get; init; }

    public string? DocumentTitle { get; init; }

    public required int SpanStart { get; init; }

    public required int SpanLength { get; init; }

    public required string Quote { get; init; }

    public double Confidence { get; init; } = 0.5;
}
