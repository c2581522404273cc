using DeFacto.Core.Evidence;

namespace DeFacto.Core.Scoring;

/// <summary>A territory at a date on a basis: the headline stage and why, the functional axis (index,
/// stage probabilities, domains), the formal axis (dated legal facts, never averaged in), the pledges
/// and whether they are met, and what to be wary of.</summary>
public sealed record Assessment
{
    public required string Territory { get; init; }

    public required DateOnly AsOf { get; init; }

    public required Basis Basis { get; init; }

    public PledgeCounting Pledges { get; init; } = PledgeCounting.FromEntryIntoForce;

    public required Summary Index { get; init; }

    /// <summary>The headline stage (DESIGN.md §5, point 6); never null since model v2, nullable for older readers.</summary>
    public required Stage? Stage { get; init; }

    /// <summary>Each stage's probability: the functional stages' share of draws, and de jure annexation 1 when incorporated (then the others 0).</summary>
    public required IReadOnlyDictionary<Stage, double> StageProbabilities { get; init; }

    public Verdict Verdict { get; init; } = new(VerdictReason.ProbableStage, []);

    public FunctionalView Functional { get; init; } = new(null, new Dictionary<Stage, double>(), Summary.None);

    public FormalStatus Formal { get; init; } = new(false, null, false, false, null, 0);

    /// <summary>Domains with any evidence on or before the date (current or ageing).</summary>
    public required int Evidenced { get; init; }

    /// <summary>Domains with current evidence.</summary>
    public int Current { get; init; }

    /// <summary>Functional domains, applicable or not.</summary>
    public required int DomainCount { get; init; }

    public int NotApplicable { get; init; }

    public required IReadOnlyList<DomainResult> Domains { get; init; }

    public required IReadOnlyList<IndicatorResult> Auxiliary { get; init; }

    public required IReadOnlyList<IndicatorResult> Status { get; init; }

    public required IReadOnlyList<FormalStep> FormalSteps { get; init; }

    public required IReadOnlyList<Conflict> Conflicts { get; init; }

    public required IReadOnlyList<AssessmentWarning> Warnings { get; init; }

    public required int Draws { get; init; }

    public required ulong Seed { get; init; }

    public double ProbabilityOf(Stage stage) => StageProbabilities.GetValueOrDefault(stage);

    public DomainResult? Domain(string id) => Domains.FirstOrDefault(d => d.Domain.Id == id);

    public IEnumerable<IndicatorResult> Indicators => Domains.SelectMany(d => d.Indicators);

    /// <summary>Every pledge counted on the commitments basis, with its implementation at the date.</summary>
    public IEnumerable<PledgeResult> PledgeResults => Indicators.SelectMany(i => i.Pledges);
}
