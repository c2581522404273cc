using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Reading;

/// <summary>
/// A document read into plain text: the original text that spans point into, the plain text with its
/// map back to it, and what the format itself says about the document (title, date).
/// </summary>
internal sealed record PlainDocument(string Original, MappedText Plain, DocumentFormat Format)
{
    public string? Title { get; init; }

    /// <summary>A publication date the format states outright (front matter, a meta tag, PDF metadata).</summary>
    public string? DeclaredDate { get; init; }
}
