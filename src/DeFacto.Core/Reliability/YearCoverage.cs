namespace DeFacto.Core.Reliability;

/// <summary>One territory-year: the functional domains with current practice evidence at the year-end, and those with any (current or ageing).</summary>
public sealed record YearCoverage(int Year, IReadOnlyList<string> Current, int Applicable)
{
    public IReadOnlyList<string> Evidenced { get; init; } = [];
}
