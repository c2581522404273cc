namespace DeFacto.Core.Scoring;

/// <summary>The de facto axis: the functional stage (null when coverage or probability is too low), each
/// functional stage's probability among the draws, and the index.</summary>
public sealed record FunctionalView(Stage? Stage, IReadOnlyDictionary<Stage, double> Probabilities, Summary Index)
{
    public double ProbabilityOf(Stage stage) => Probabilities.GetValueOrDefault(stage);

    /// <summary>The functional stages from most to least probable (ties in stage order).</summary>
    public IReadOnlyList<Stage> Ranked => Names.FunctionalStages.OrderByDescending(ProbabilityOf).ThenBy(s => s).ToList();
}
