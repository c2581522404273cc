using DeFacto.Analysis.Answers;

namespace DeFacto.Cli.Answers;

/// <summary>Words a use case's problems for the command line: the option as typed (<c>--as-of</c>), the message, and what to run next.</summary>
internal static class ProblemText
{
    public const int ExitCode = Errors.ExitCodes.BadInput;

    public static string Words(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Field switch
        {
            null => problem.Message,
            "integrity" => "integrity: " + problem.Message,
            "territory" or "reference" when problem.Kind == ProblemKind.NotFound => problem.Message + " (run `defacto territories` for the list)",
            var field => $"--{field}{Joint(problem.Message)}{problem.Message}",
        };
    }

    // "--as-of is empty: …" reads better than "--as-of: is empty: …".
    internal static string Joint(string message) => message.StartsWith("is ", StringComparison.Ordinal) ? " " : ": ";

    /// <summary>Each problem on its own line of standard error; the exit code for bad input.</summary>
    public static int Report(CliContext context, IReadOnlyList<Problem> problems)
    {
        foreach (var problem in problems)
        {
            context.Error.WriteLine("defacto: " + Words(problem));
        }

        // A damaged release or a ledger that cannot be reached are not the user's typing.
        return problems.Any(p => p.Field == "integrity") ? Errors.ExitCodes.Findings
            : problems.Any(p => p.Kind == ProblemKind.Unavailable) ? Errors.ExitCodes.Unavailable
            : ExitCode;
    }

    /// <summary>Renders the value, or reports the problems.</summary>
    public static int Render<T>(CliContext context, Outcome<T> outcome, Func<T, int> render)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(render);
        return outcome.TryGetValue(out var value) ? render(value) : Report(context, outcome.Problems);
    }
}
