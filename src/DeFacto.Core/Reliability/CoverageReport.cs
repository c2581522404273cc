namespace DeFacto.Core.Reliability;

/// <summary>The coverage census: per territory-year the domains with current evidence, and the share meeting the minimum.</summary>
public sealed record CoverageReport(int FromYear, int ToYear, int MinDomains, int DomainCount, IReadOnlyList<TerritoryCoverage> Territories)
{
    public int TerritoryYears => Territories.Sum(t => t.Years.Count);

    public int Meeting => Territories.Sum(t => t.Meeting(MinDomains));

    /// <summary>Share of territory-years with at least <see cref="MinDomains"/> current domains; null when there are none.</summary>
    public double? Share => TerritoryYears == 0 ? null : (double)Meeting / TerritoryYears;
}
