namespace DeFacto.Core.Scoring;

/// <summary>
/// Does the verdict survive other choices (DESIGN.md §5, point 8)? The assessment is rerun with every
/// domain without current evidence at 0 and at 1 (the bounds of what it could be), with equal weights,
/// and with every threshold moved by ±0.1. A verdict that survives both bounds is robust: the missing
/// evidence could not change it.
/// </summary>
public sealed record Sensitivity(Stage? Baseline, IReadOnlyList<SensitivityScenario> Scenarios)
{
    public const string LowerBound = "unevidenced-at-0";
    public const string UpperBound = "unevidenced-at-1";

    public double StageHolds => Scenarios.Count == 0 ? 0 : (double)Scenarios.Count(s => s.Stage == Baseline) / Scenarios.Count;

    /// <summary>The headline stage is the same with every unevidenced domain at 0 and at 1.</summary>
    public bool Robust => Scenarios.Where(s => s.Name is LowerBound or UpperBound).All(s => s.Stage == Baseline);

    public static Sensitivity Run(Assessor assessor, Coding.Codebook codebook, AssessmentRequest request, Assessment baseline)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(baseline);
        var functional = codebook.FunctionalDomains.ToList();
        var scenarios = new List<(string Name, string Description, ScoringParameters Parameters)>
        {
            (LowerBound, "every domain without current evidence at 0 (held by the territory or parent)", new ScoringParameters { UnevidencedScore = 0 }),
            (UpperBound, "every domain without current evidence at 1 (held by the patron)", new ScoringParameters { UnevidencedScore = 1 }),
            ("equal-weights", "every domain and every indicator weighs the same",
                new ScoringParameters { DomainWeights = functional.ToDictionary(d => d.Id, _ => 1.0), EqualIndicatorWeights = true }),
            ("thresholds-minus-0.1", "every stage threshold 0.1 lower", new ScoringParameters { Thresholds = codebook.Thresholds.Shift(-0.1) }),
            ("thresholds-plus-0.1", "every stage threshold 0.1 higher", new ScoringParameters { Thresholds = codebook.Thresholds.Shift(0.1) }),
        };

        var results = scenarios.Select(s =>
        {
            var a = assessor.Assess(request, s.Parameters);
            var p = baseline.Stage is { } b ? a.ProbabilityOf(b) : 0;
            return new SensitivityScenario(s.Name, s.Description, a.Index, a.Stage, p) { FunctionalStage = a.Functional.Ranked[0] };
        }).ToList();
        return new Sensitivity(baseline.Stage, results);
    }
}
