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

    /// <summary>The document's name as the user gave it: a label for its source, never its identity.</summary>
    public required string DocumentName { get; init; }

    /// <summary>
    /// The SHA-256 of the document's content (<see cref="DocumentHash.Of(ReadOnlySpan{byte})"/>): its identity, and with the
    /// span, territory, indicator and value the fact's. Null only for callers that have no content to hash.
    /// </summary>
    public string? DocumentHash { get; init; }

    public string? DocumentTitle { get; init; }

    public required int SpanStart { get; init; }

    public required int SpanLength { get; init; }

    public required string Quote { get; init; }

    public double Confidence { get; init; } = 0.5;

    /// <summary>The sentence the quote was found in; null for candidates kept without it.</summary>
    public CandidatePassage? Sentence { get; init; }

    /// <summary>The sentence's paragraph (a very long one cut to a window around the sentence); null for candidates kept without it.</summary>
    public CandidatePassage? Paragraph { get; init; }
}
