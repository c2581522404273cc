using DeFacto.Analysis.Answers;
using DeFacto.Web.Assessments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeFacto.Web.Api;

/// <summary>A use case's problems as ProblemDetails: what was wrong and what to do, never a stack trace.</summary>
internal static class ApiProblems
{
    /// <summary>The first problem sets the status; the detail names every problem with the query parameter as the API spells it.</summary>
    public static ProblemHttpResult From(IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var first = problems[0];
        var (status, title) = first.Kind switch
        {
            ProblemKind.NotFound when first.Field is "territory" or "reference" => (StatusCodes.Status404NotFound, "Unknown territory"),
            ProblemKind.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            ProblemKind.Refused => (StatusCodes.Status409Conflict, "Refused"),
            ProblemKind.Unavailable => (StatusCodes.Status503ServiceUnavailable, "Unavailable"),
            _ => (StatusCodes.Status400BadRequest, "Bad request"),
        };
        var extensions = new Dictionary<string, object?>();
        if (first.Kind == ProblemKind.NotFound && first.Field is "territory" or "reference")
        {
            extensions["suggestions"] = first.Suggestions;
            extensions["territories"] = "/api/territories";
        }

        return TypedResults.Problem(string.Join("; ", problems.Select(ProblemWords.Of)), statusCode: status, title: title, extensions: extensions);
    }
}
