using System.Globalization;
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
        group.MapGet("/", List).WithSummary("Every territory DeFacto assesses");
        group.MapGet("/{id}/assessment", Assessment)
            .WithSummary("A territory's assessment at a date")
            .WithDescription("The same object as `defacto assess TERRITORY --as-of DATE --basis BASIS --format json`. asOf: YYYY, YYYY-MM or YYYY-MM-DD (end of the period; default today). basis: practice (default) or commitments.")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/timeline", Timeline)
            .WithSummary("A territory's index and stage at the end of each year and at each event")
            .WithDescription("The same object as `defacto timeline TERRITORY --format json`. from, to: years (default: first evidence to this year).")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Ok<List<TerritoryItem>> List(Analyses analyses) =>
        TypedResults.Ok(analyses.Snapshot.Dataset.Registry.Territories.Select(t => new TerritoryItem(
            t.Id, t.Name, t.OfficialName, t.Parent, t.Patron,
            $"/api/territories/{t.Id}/assessment", $"/api/territories/{t.Id}/timeline", $"/territories/{t.Id}")).ToList());

    private static Results<FileContentHttpResult, ProblemHttpResult> Assessment(string id, string? asOf, string? basis, Analyses analyses)
    {
        var registry = analyses.Snapshot.Dataset.Registry;
        var place = Query.Territory(registry, id);
        if (!place.Success)
        {
            return ApiProblems.UnknownTerritory(registry, id, place);
        }

        var date = Query.Date(asOf, analyses.Today);
        if (!date.Success)
        {
            return ApiProblems.BadRequest(date.Error!);
        }

        var b = Query.Basis(basis);
        if (!b.Success)
        {
            return ApiProblems.BadRequest(b.Error!);
        }

        return TypedResults.Bytes(analyses.AssessmentJsonUtf8(place.Value!.Id, date.Value, b.Value), Json);
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Timeline(string id, string? from, string? to, string? basis, Analyses analyses)
    {
        var registry = analyses.Snapshot.Dataset.Registry;
        var place = Query.Territory(registry, id);
        if (!place.Success)
        {
            return ApiProblems.UnknownTerritory(registry, id, place);
        }

        var b = Query.Basis(basis);
        if (!b.Success)
        {
            return ApiProblems.BadRequest(b.Error!);
        }

        if (!TryYear(from, out var fromYear) || !TryYear(to, out var toYear))
        {
            return ApiProblems.BadRequest("from and to take a year between 1900 and 2100, e.g. from=2013&to=2016");
        }

        fromYear ??= analyses.FirstYear(place.Value!.Id);
        toYear ??= analyses.Today.Year;
        if (toYear < fromYear)
        {
            return ApiProblems.BadRequest($"to {toYear} is before from {fromYear}");
        }

        return TypedResults.Bytes(analyses.TimelineJsonUtf8(place.Value!.Id, b.Value, fromYear.Value, toYear.Value), Json);
    }

    private static bool TryYear(string? text, out int? year)
    {
        year = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100)
        {
            year = y;
            return true;
        }

        return false;
    }
}
