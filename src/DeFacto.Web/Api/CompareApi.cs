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
            .WithSummary("Territories side by side at a date")
            .WithDescription("The same object as `defacto compare T1 T2 --format json`. t: a territory (repeat it); asOf: a date; basis: practice or commitments; reference: the annexed reference (default crimea).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Compare(string[]? t, string? asOf, string? basis, string? reference, Analyses analyses)
    {
        var registry = analyses.Snapshot.Dataset.Registry;
        if (t is not { Length: > 0 })
        {
            return ApiProblems.BadRequest("give at least one territory: /api/compare?t=south-ossetia&t=abkhazia");
        }

        var ids = new List<string>();
        foreach (var text in t.Prepend(reference ?? Analyses.DefaultReference))
        {
            var place = Query.Territory(registry, text);
            if (!place.Success)
            {
                return ApiProblems.UnknownTerritory(registry, text, place);
            }

            ids.Add(place.Value!.Id);
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

        var territories = ids.Skip(1).Distinct(StringComparer.Ordinal).ToList();
        return TypedResults.Bytes(analyses.ComparisonJsonUtf8(territories, date.Value, b.Value, ids[0]), "application/json");
    }
}
