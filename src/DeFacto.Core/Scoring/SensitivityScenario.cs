namespace DeFacto.Core.Scoring;

/// <summary>One alternative set of weights or thresholds, and the verdict under it.</summary>
public sealed record SensitivityScenario(string Name, string Description, Summary Index, Stage? Stage, double ProbabilityOfBaselineStage);
