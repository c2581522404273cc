using DeFacto.Core.Evidence;

namespace DeFacto.Core.Scoring;

/// <summary>A territory at a date on a basis: the index, the stage and its probability, the domains,
/// de jure status beside them (never averaged in), the formal steps left, and what to be wary of.</summary>
public sealed record Assessment
{
    public required string Territory { get; init; }

    public required DateOnly AsOf { get; init; }

    public required Basis Basis { get; init; }

    public required Summary Index { get; init; }

    /// <summary>The most probable stage; null when there is no functional evidence and no formal incorporation.</summary>
    public required Stage? Stage { get; init; }

    public required IReadOnlyDictionary<Stage, double> StageProbabilities { get; init; }

    public required int Evidenced { get; init; }

    public required int DomainCount { get; init; }

    public required IReadOnlyList<DomainResult> Domains { get; init; }

    public required IReadOnlyList<IndicatorResult> Auxiliary { get; init; }

    public required IReadOnlyList<IndicatorResult> Status { get; init; }

    public required IReadOnlyList<FormalStep> FormalSteps { get; init; }

    public required IReadOnlyList<Conflict> Conflicts { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    public required int Draws { get; init; }

    public required ulong Seed { get; init; }

    public double ProbabilityOf(Stage stage) => StageProbabilities.GetValueOrDefault(stage);

    public DomainResult? Domain(string id) => Domains.FirstOrDefault(d => d.Domain.Id == id);

    public IEnumerable<IndicatorResult> Indicators => Domains.SelectMany(d => d.Indicators);
}
