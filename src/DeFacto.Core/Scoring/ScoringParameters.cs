using DeFacto.Core.Coding;

namespace DeFacto.Core.Scoring;

/// <summary>Overrides of the codebook's weights and thresholds, for sensitivity analysis.</summary>
public sealed record ScoringParameters
{
    public static ScoringParameters Default { get; } = new();

    /// <summary>Domain weights by id; a domain missing here keeps its codebook weight, a weight of 0 drops it.</summary>
    public IReadOnlyDictionary<string, double> DomainWeights { get; init; } = new Dictionary<string, double>();

    public StageThresholds? Thresholds { get; init; }

    /// <summary>Ignore indicator weights inside domains (every indicator counts the same).</summary>
    public bool EqualIndicatorWeights { get; init; }

    /// <summary>When set, every applicable domain without current evidence takes this score instead of
    /// drawing from the prior (the sensitivity bounds 0 and 1).</summary>
    public double? UnevidencedScore { get; init; }
}
