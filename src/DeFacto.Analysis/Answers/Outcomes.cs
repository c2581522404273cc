namespace DeFacto.Analysis.Answers;

/// <summary>Makes outcomes.</summary>
public static class Outcomes
{
    public static Outcome<T> Of<T>(T value) => new(value, []);

    public static Outcome<T> Fail<T>(Problem problem) => new(default, [problem]);

    public static Outcome<T> Fail<T>(IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 0 ? throw new ArgumentException("a failed outcome needs a problem", nameof(problems)) : new(default, problems);
    }

    /// <summary>Every problem of the given outcomes, in order.</summary>
    public static IReadOnlyList<Problem> ProblemsOf(params IEnumerable<IOutcome> outcomes) => outcomes.SelectMany(o => o.Problems).ToList();
}
