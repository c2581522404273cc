namespace DeFacto.Analysis.Ingesting;

/// <summary>An ingestion as asked for: the territory and publication date as typed, and whether to accept at once.</summary>
public sealed record IngestArguments(string? Territory = null, string? Published = null)
{
    /// <summary>Accept every candidate at or above <see cref="MinConfidence"/> into the ledger at once.</summary>
    public bool Accept { get; init; }

    public double MinConfidence { get; init; } = 0.7;
}
