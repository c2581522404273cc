using DeFacto.Core.Time;

namespace DeFacto.Ingestion;

/// <summary>A proposed dated event: a treaty signed, ratified or in force, a recognition, an annexation, a referendum.</summary>
public sealed record CandidateEvent
{
    public required string Type { get; init; }

    public required PartialDate Date { get; init; }

    public required IReadOnlyList<string> Parties { get; init; }

    public string? Title { get; init; }

    public required TextSpan Span { get; init; }

    public required string Quote { get; init; }

    public double Confidence { get; init; } = 0.6;

    /// <summary>The sentence the event is reported in.</summary>
    public TextPassage? Sentence { get; init; }

    /// <summary>The paragraph around the sentence.</summary>
    public TextPassage? Paragraph { get; init; }
}
