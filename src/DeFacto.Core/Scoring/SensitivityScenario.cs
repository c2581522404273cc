namespace DeFacto.Core.Scoring;

/// <summary>One alternative set of weights, thresholds or bounds, and the verdict under it.</summary>
public sealed record SensitivityScenario(string Name, string Description, Summary Index, Stage? Stage, double ProbabilityOfBaselineStage)
{
    /// <summary>The most probable functional stage under the scenario, whatever the headline.</summary>
    public Stage FunctionalStage { get; init; }
}
