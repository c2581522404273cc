using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

namespace DeFacto.Ingestion;

/// <summary>A proposed observation, waiting for an analyst to accept it into the ledger.</summary>
public sealed record CandidateFact
{
    public required string Territory { get; init; }

    public required string Indicator { get; init; }

    public double? Value { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    public string? Category { get; init; }

    public string? Unit { get; init; }

    public required EvidenceStatus Status { get; init; }

    /// <summary>official, estimate, approximate, claimed or disputed; null when the figure is stated plainly.</summary>
    public string? Qualifier { get; init; }

    public PartialDate? AsOf { get; init; }

    /// <summary>Where the evidence stands in the document's original text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>At most twelve words around the figure or phrase, as the document gives them.</summary>
    public required string Quote { get; init; }

    public required double Confidence { get; init; }

    /// <summary>The treaty article the fact comes from ("3", "3.2"), when the document is a treaty.</summary>
    public string? Article { get; init; }

    /// <summary>The sentence the evidence stands in, so a reviewer reads it whole.</summary>
    public TextPassage? Sentence { get; init; }

    /// <summary>The paragraph around the sentence (at most a few thousand characters).</summary>
    public TextPassage? Paragraph { get; init; }

    public ObservedValue ToObservedValue() =>
        Category is not null ? ObservedValue.OfCategory(Category)
        : Low is not null && High is not null ? ObservedValue.OfInterval(Low.Value, High.Value)
        : ObservedValue.OfPoint(Value ?? 0);
}
