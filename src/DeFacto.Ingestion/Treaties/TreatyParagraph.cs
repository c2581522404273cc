namespace DeFacto.Ingestion.Treaties;

/// <summary>A numbered paragraph of a treaty article ("1.", "2)").</summary>
public sealed record TreatyParagraph(string Number, TextSpan Span)
{
    internal int CleanStart { get; init; }

    internal int CleanEnd { get; init; }
}
