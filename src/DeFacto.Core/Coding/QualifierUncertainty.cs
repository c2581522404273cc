namespace DeFacto.Core.Coding;

/// <summary>
/// What a hedge does to a value: the half-width given to a point share (in percentage points), the
/// relative half-width given to a point count or ratio, and the chance that a category is right.
/// </summary>
public sealed record QualifierUncertainty(
    string Id,
    double ShareSpread,
    double RelativeSpread,
    double CategoryReliability,
    string Explanation);
