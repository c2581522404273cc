namespace DeFacto.Ingestion;

/// <summary>How much the pipeline reads before it declines a document.</summary>
public sealed record IngestionLimits
{
    public static IngestionLimits Default { get; } = new();

    /// <summary>Larger documents are refused with a message instead of exhausting memory.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Longer sentences (tables flattened into one line, minified text) are not mined for facts.</summary>
    public int MaxSentenceLength { get; init; } = 4000;
}
