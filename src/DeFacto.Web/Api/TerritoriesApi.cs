using DeFacto.Analysis.Assessing;
using DeFacto.Web.Assessments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeFacto.Web.Api;

/// <summary><c>/api/territories</c>: the list, and each territory's assessment and timeline.</summary>
public static class TerritoriesApi
{
    private const string Json = "application/json";

    public static RouteGroupBuilder MapTerritoriesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/territories").WithTags("Territories");
        group.MapGet("/", List).WithName("listTerritories").WithSummary("Every territory DeFacto assesses");
        group.MapGet("/{id}/assessment", Assessment)
            .WithName(ApiSchemas.AssessmentOperation)
            .WithSummary("A territory's assessment at a date")
            .WithDescription("The same object as `defacto assess TERRITORY --as-of DATE --basis BASIS --format json`. asOf: YYYY, YYYY-MM or YYYY-MM-DD (end of the period; default today). basis: practice (default) or commitments. pledges: in-force (default) or signed.")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/timeline", Timeline)
            .WithName(ApiSchemas.TimelineOperation)
            .WithSummary("A territory's index and stage at the end of each year and at each event")
            .WithDescription("The same object as `defacto timeline TERRITORY --format json`. from, to: years (default: first evidence to this year, or to the last year of a territory that ceased to exist).")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Ok<List<TerritoryItem>> List(Analyses analyses) =>
        TypedResults.Ok(analyses.Snapshot.Dataset.Registry.Territories.Select(t => new TerritoryItem(
            t.Id, t.Name, t.OfficialName, t.Parent, t.Patron,
            $"/api/territories/{t.Id}/assessment", $"/api/territories/{t.Id}/timeline", $"/territories/{t.Id}")).ToList());

    private static Results<FileContentHttpResult, ProblemHttpResult> Assessment(string id, string? asOf, string? basis, string? pledges, Analyses analyses)
    {
        var plan = analyses.PlanAssessment(new AssessArguments(id, asOf, basis) { Pledges = pledges });
        return plan.TryGetValue(out var p) ? TypedResults.Bytes(analyses.AssessmentJsonUtf8(p), Json) : ApiProblems.From(plan.Problems);
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Timeline(string id, string? from, string? to, string? basis, string? pledges, Analyses analyses)
    {
        var plan = analyses.PlanTimeline(new TimelineArguments(id, from, to, basis, pledges));
        return plan.TryGetValue(out var p) ? TypedResults.Bytes(analyses.TimelineJsonUtf8(p), Json) : ApiProblems.From(plan.Problems);
    }
}
