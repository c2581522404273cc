namespace DeFacto.Core.Reliability;

/// <summary>
/// A territory's year-ends in the range; the domains never current at any of them, and of those the ones
/// with no evidence at all on or before any of them (not even ageing evidence).
/// </summary>
public sealed record TerritoryCoverage(string Territory, IReadOnlyList<YearCoverage> Years, IReadOnlyList<string> NeverCurrent, IReadOnlyList<string> NotApplicable)
{
    public IReadOnlyList<string> NeverEvidenced { get; init; } = [];

    public int Meeting(int minDomains) => Years.Count(y => y.Current.Count >= minDomains);
}
