namespace DeFacto.Ingestion;

/// <summary>Everything one document yielded: what it is, the candidate facts and events, and what went wrong.</summary>
public sealed record IngestionResult(
    DocumentInfo Document,
    IReadOnlyList<CandidateFact> Observations,
    IReadOnlyList<CandidateEvent> Events,
    IReadOnlyList<DocumentError> Errors)
{
    /// <summary>The text that spans point into (the file's decoded text; for a PDF, its extracted text).</summary>
    public string OriginalText { get; init; } = "";

    /// <summary>The treaty articles found, when the document is (or quotes) a treaty.</summary>
    public IReadOnlyList<Treaties.TreatyArticle> Articles { get; init; } = [];

    public bool Failed => Errors.Count > 0 && Observations.Count == 0 && Events.Count == 0;

    public static IngestionResult Failure(string name, string message) =>
        new(new DocumentInfo(name, null, null, null), [], [], [new DocumentError(name, message)]);
}
