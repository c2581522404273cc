using DeFacto.Core.Evidence;
using DeFacto.Exports.Citations;
using DeFacto.Web.Assessments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeFacto.Web.Api;

/// <summary><c>/api/sources</c>: the bibliographic records, and the same as CSL-JSON or BibTeX for reference managers.</summary>
public static class SourcesApi
{
    public const string CslJsonType = "application/vnd.citationstyles.csl+json";
    public const string BibTexType = "application/x-bibtex";

    public static RouteGroupBuilder MapSourcesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/sources").WithTags("Sources");
        group.MapGet("/", List).WithName("listSources").WithSummary("Every source, as a bibliographic record");
        group.MapGet("/csl-json", CslJson).WithName("getSourcesCslJson").WithSummary("The sources as CSL-JSON (Zotero, Pandoc); id= narrows to one source")
            .Produces(StatusCodes.Status200OK, contentType: CslJsonType).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/bibtex", BibTex).WithName("getSourcesBibTex").WithSummary("The sources as BibTeX; id= narrows to one source")
            .Produces(StatusCodes.Status200OK, contentType: BibTexType).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Ok<List<SourceItem>> List(Analyses analyses) =>
        TypedResults.Ok(analyses.Snapshot.Dataset.Ledger.Sources.Select(s => new SourceItem(
            s.Id, s.Kind, s.Title, s.Authors, s.Publisher, s.Container, s.Number, s.Published?.ToString(), s.Url, s.Language)).ToList());

    private static Results<ContentHttpResult, ProblemHttpResult> CslJson(string? id, Analyses analyses) =>
        Export(id, analyses, CslJsonWriter.Write, CslJsonType);

    private static Results<ContentHttpResult, ProblemHttpResult> BibTex(string? id, Analyses analyses) =>
        Export(id, analyses, BibTexWriter.Write, BibTexType);

    private static Results<ContentHttpResult, ProblemHttpResult> Export(string? id, Analyses analyses, Func<IEnumerable<Source>, string> write, string type)
    {
        var ledger = analyses.Snapshot.Dataset.Ledger;
        IEnumerable<Source> sources = ledger.Sources;
        if (!string.IsNullOrWhiteSpace(id))
        {
            if (ledger.FindSource(id) is not { } one)
            {
                return TypedResults.Problem($"there is no source '{id}'; see /api/sources for the ids", statusCode: StatusCodes.Status404NotFound, title: "Unknown source");
            }

            sources = [one];
        }

        return TypedResults.Content(write(sources), type + "; charset=utf-8");
    }

    public sealed record SourceItem(string Id, string Kind, string Title, IReadOnlyList<string> Authors, string? Publisher, string? Container,
        string? Number, string? Published, string? Url, string? Language);
}
