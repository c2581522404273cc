namespace DeFacto.Ingestion.Reading;

/// <summary>A read document, or why it could not be read.</summary>
internal readonly record struct ReadOutcome(PlainDocument? Document, string? Error)
{
    public static ReadOutcome Ok(PlainDocument document) => new(document, null);

    public static ReadOutcome Fail(string error) => new(null, error);
}
