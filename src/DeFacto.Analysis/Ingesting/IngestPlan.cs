using DeFacto.Core.Time;

namespace DeFacto.Analysis.Ingesting;

/// <summary>An ingestion with its arguments read: the territory id, the publication date, and the confidence to accept at (null: keep all for review).</summary>
public sealed record IngestPlan(string? Territory, PartialDate? Published, double? AcceptAbove);
