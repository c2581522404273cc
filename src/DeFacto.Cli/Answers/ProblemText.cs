using DeFacto.Analysis.Answers;

namespace DeFacto.Cli.Answers;

/// <summary>Words a use case's problems for the command line: the option as typed (<c>--as-of</c>), the message, and what to run next.</summary>
internal static class ProblemText
{
    public const int ExitCode = 2;

    public static string Words(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Field switch
        {
            null => problem.Message,
            "territory" or "reference" when problem.Kind == ProblemKind.NotFound => problem.Message + " (run `defacto territories` for the list)",
            var field => $"--{field}: {problem.Message}",
        };
    }

    /// <summary>Each problem on its own line of standard error; the exit code for bad input.</summary>
    public static int Report(CliContext context, IReadOnlyList<Problem> problems)
    {
        foreach (var problem in problems)
        {
            context.Error.WriteLine("defacto: " + Words(problem));
        }

        return ExitCode;
    }

    /// <summary>Renders the value, or reports the problems.</summary>
    public static int Render<T>(CliContext context, Outcome<T> outcome, Func<T, int> render)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(render);
        return outcome.TryGetValue(out var value) ? render(value) : Report(context, outcome.Problems);
    }
}
