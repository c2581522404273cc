namespace DeFacto.Core.Coding;

/// <summary>The codebook: domains, indicators, qualifier uncertainty and the stage rules, as data.</summary>
public sealed record Codebook
{
    public required string Version { get; init; }

    public required IReadOnlyList<Domain> Domains { get; init; }

    public required IReadOnlyList<Indicator> Indicators { get; init; }

    public required IReadOnlyList<QualifierUncertainty> Qualifiers { get; init; }

    public StageThresholds Thresholds { get; init; } = StageThresholds.Default;

    /// <summary>Evidence older than this many years at the assessment date is flagged stale.</summary>
    public int StaleAfterYears { get; init; } = 5;

    public int DefaultDraws { get; init; } = 2000;

    public ulong DefaultSeed { get; init; } = 20150318;

    public IEnumerable<Domain> FunctionalDomains => Domains.Where(d => d.Functional);

    public Indicator? FindIndicator(string id) => Indicators.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));

    public Domain? FindDomain(string id) => Domains.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));

    public IEnumerable<Indicator> IndicatorsOf(string domain) => Indicators.Where(i => string.Equals(i.Domain, domain, StringComparison.Ordinal));

    /// <summary>The uncertainty for a qualifier; a plainly stated value uses the entry named "stated".</summary>
    public QualifierUncertainty UncertaintyOf(string? qualifier)
    {
        var id = string.IsNullOrEmpty(qualifier) ? "stated" : qualifier;
        return Qualifiers.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal))
            ?? Qualifiers.FirstOrDefault(q => q.Id == "stated")
            ?? new QualifierUncertainty("stated", 0, 0, 1, "no uncertainty configured");
    }
}
