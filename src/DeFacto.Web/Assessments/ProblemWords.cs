using DeFacto.Analysis.Answers;

namespace DeFacto.Web.Assessments;

/// <summary>Words a use case's problem for the web: the query parameter as the API spells it (<c>asOf</c>), then the message.</summary>
public static class ProblemWords
{
    public static string Of(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var standsAlone = problem.Field is null || (problem.Kind == ProblemKind.NotFound && problem.Field is "territory" or "reference");
        var joint = problem.Message.StartsWith("is ", StringComparison.Ordinal) ? " " : ": ";
        return standsAlone ? problem.Message : $"{Parameter(problem.Field!)}{joint}{problem.Message}";
    }

    /// <summary>as-of → asOf, min-confidence → minConfidence.</summary>
    public static string Parameter(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var parts = field.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
