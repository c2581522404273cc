using DeFacto.Core.Time;

namespace DeFacto.Ingestion;

/// <summary>What the pipeline learnt about a document as a whole.</summary>
public sealed record DocumentInfo(string Name, string? Title, PartialDate? Published, string? PrimaryTerritory)
{
    /// <summary>"txt", "md", "html" or "pdf": how the document was read.</summary>
    public string? Format { get; init; }
}
