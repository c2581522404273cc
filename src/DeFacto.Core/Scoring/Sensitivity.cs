namespace DeFacto.Core.Scoring;

/// <summary>
/// Does the verdict survive other choices? The assessment is rerun with equal weights, with each
/// functional domain dropped in turn, and with every threshold moved by ±0.1; the share of scenarios
/// that keep the baseline stage says how robust the verdict is.
/// </summary>
public sealed record Sensitivity(Stage? Baseline, IReadOnlyList<SensitivityScenario> Scenarios)
{
    public double StageHolds => Scenarios.Count == 0 ? 0 : (double)Scenarios.Count(s => s.Stage == Baseline) / Scenarios.Count;

    public static Sensitivity Run(Assessor assessor, Coding.Codebook codebook, AssessmentRequest request, Assessment baseline)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(baseline);
        var functional = codebook.FunctionalDomains.ToList();
        var scenarios = new List<(string Name, string Description, ScoringParameters Parameters)>
        {
            ("equal-weights", "every domain and every indicator weighs the same",
                new ScoringParameters { DomainWeights = functional.ToDictionary(d => d.Id, _ => 1.0), EqualIndicatorWeights = true }),
        };
        scenarios.AddRange(functional.Select(d => ($"without-{d.Id}", $"{d.Label} left out of the index",
            new ScoringParameters { DomainWeights = new Dictionary<string, double> { [d.Id] = 0 } })));
        scenarios.Add(("thresholds-minus-0.1", "every stage threshold 0.1 lower", new ScoringParameters { Thresholds = codebook.Thresholds.Shift(-0.1) }));
        scenarios.Add(("thresholds-plus-0.1", "every stage threshold 0.1 higher", new ScoringParameters { Thresholds = codebook.Thresholds.Shift(0.1) }));

        var results = scenarios.Select(s =>
        {
            var a = assessor.Assess(request, s.Parameters);
            var p = baseline.Stage is { } b ? a.ProbabilityOf(b) : 0;
            return new SensitivityScenario(s.Name, s.Description, a.Index, a.Stage, p);
        }).ToList();
        return new Sensitivity(baseline.Stage, results);
    }
}
