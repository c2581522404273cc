using DeFacto.Ingestion;

namespace DeFacto.Analysis.Ingesting;

/// <summary>A document through the pipeline, with the SHA-256 of its content (null when it could not be read).</summary>
public sealed record IngestedDocument(IngestionResult Result, string? Hash);
