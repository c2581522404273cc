namespace DeFacto.Core.Coding;

/// <summary>The codebook: domains, indicators, qualifier uncertainty and the stage rules, as data.</summary>
public sealed record Codebook
{
    public required string Version { get; init; }

    public required IReadOnlyList<Domain> Domains { get; init; }

    public required IReadOnlyList<Indicator> Indicators { get; init; }

    public required IReadOnlyList<QualifierUncertainty> Qualifiers { get; init; }

    public StageThresholds Thresholds { get; init; } = StageThresholds.Default;

    /// <summary>Years after its <c>as_of</c> that an observation stays fully current.</summary>
    public double FreshYears { get; init; } = 3;

    /// <summary>Years after its <c>as_of</c> at which an observation no longer counts at all (it is stale);
    /// between <see cref="FreshYears"/> and this it falls back to the prior more and more often.</summary>
    public double StaleAfterYears { get; init; } = 6;

    /// <summary>What an unobserved domain's score is drawn from.</summary>
    public UniformPrior UnobservedPrior { get; init; } = UniformPrior.Default;

    /// <summary>Fewer functional domains with current evidence than this, and no functional stage is named.</summary>
    public int MinCurrentDomains { get; init; } = 4;

    /// <summary>The functional stage is the headline only when at least this share of draws agrees on it.</summary>
    public double MinStageProbability { get; init; } = 0.6;

    /// <summary>Fewer domains with current evidence than this draws a "thin evidence" warning.</summary>
    public int ThinEvidenceDomains { get; init; } = 5;

    /// <summary>Years after entry into force that a pledge not yet met counts as pending rather than unfulfilled.</summary>
    public double PledgeGraceYears { get; init; } = 1;

    /// <summary>For each event type, the functional domains whose earlier evidence it ends.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> EvidenceEndingEvents { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    public int DefaultDraws { get; init; } = 2000;

    public ulong DefaultSeed { get; init; } = 20150318;

    public IEnumerable<Domain> FunctionalDomains => Domains.Where(d => d.Functional);

    public Indicator? FindIndicator(string id) => Indicators.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));

    public Domain? FindDomain(string id) => Domains.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));

    public IEnumerable<Indicator> IndicatorsOf(string domain) => Indicators.Where(i => string.Equals(i.Domain, domain, StringComparison.Ordinal));

    /// <summary>The qualifiers a value may carry: the codebook's list is the only one (files, imports and the review check against it).</summary>
    public IReadOnlyList<string> QualifierIds => [.. Qualifiers.Select(q => q.Id)];

    /// <summary>The uncertainty for a qualifier; a plainly stated value uses the entry named "stated".</summary>
    public QualifierUncertainty UncertaintyOf(string? qualifier)
    {
        var id = string.IsNullOrEmpty(qualifier) ? "stated" : qualifier;
        return Qualifiers.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal))
            ?? Qualifiers.FirstOrDefault(q => q.Id == "stated")
            ?? new QualifierUncertainty("stated", 0, 0, 1, "no uncertainty configured");
    }
}
