using DeFacto.Core.Scoring;

namespace DeFacto.Core.History;

/// <summary>The assessment at one date of a timeline.</summary>
public sealed record TimelinePoint(DateOnly Date, Assessment Assessment);
