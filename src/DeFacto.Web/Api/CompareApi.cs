using DeFacto.Analysis.Assessing;
using DeFacto.Web.Assessments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeFacto.Web.Api;

/// <summary><c>/api/compare?t=a&amp;t=b&amp;asOf=</c>: territories side by side, each with its gap to a formally annexed reference.</summary>
public static class CompareApi
{
    public static RouteGroupBuilder MapCompareApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/compare").WithTags("Compare");
        group.MapGet("/", Compare)
            .WithName(ApiSchemas.ComparisonOperation)
            .WithSummary("Territories side by side at a date")
            .WithDescription("The same object as `defacto compare T1 T2 --format json`. t: a territory (repeat it); asOf: a date; basis: practice or commitments; reference: the annexed reference (default crimea).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Compare(string[]? t, string? asOf, string? basis, string? reference, string? pledges, Analyses analyses)
    {
        var plan = analyses.PlanComparison(new CompareArguments(t ?? [], asOf, basis, reference, pledges));
        return plan.TryGetValue(out var p) ? TypedResults.Bytes(analyses.ComparisonJsonUtf8(p), "application/json") : ApiProblems.From(plan.Problems);
    }
}
