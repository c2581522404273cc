namespace DeFacto.Core.Scoring;

/// <summary>The value an indicator is assessed at: a point and its range, or a category, in the codebook's unit.</summary>
public sealed record ValueSummary(double? Point, double? Low, double? High, string? Category, string? Unit);
