using DeFacto.Core;
using DeFacto.Core.Registry;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeFacto.Web.Api;

/// <summary>The API's errors as ProblemDetails: what was wrong and what to do, never a stack trace.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static ProblemHttpResult UnknownTerritory(PlaceRegistry registry, string text, ParseResult<Place> failed) =>
        TypedResults.Problem(failed.Error, statusCode: StatusCodes.Status404NotFound, title: "Unknown territory",
            extensions: new Dictionary<string, object?>
            {
                ["suggestions"] = Assessments.Query.Suggestions(registry, text),
                ["territories"] = "/api/territories",
            });
}
