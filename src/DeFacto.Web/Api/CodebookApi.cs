using DeFacto.Core.Coding;
using DeFacto.Web.Assessments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeFacto.Web.Api;

/// <summary><c>/api/codebook</c>: domains, indicators with their scales and score mappings, and the stage thresholds.</summary>
public static class CodebookApi
{
    public static RouteGroupBuilder MapCodebookApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/codebook").WithTags("Codebook");
        group.MapGet("/", Get).WithName("getCodebook").WithSummary("The codebook: domains, indicators, qualifiers and stage thresholds");
        return group;
    }

    private static Ok<CodebookDocument> Get(Analyses analyses)
    {
        var c = analyses.Snapshot.Dataset.Codebook;
        return TypedResults.Ok(new CodebookDocument(
            c.Version,
            c.Domains.Select(d => new DomainItem(d.Id, d.Label, d.Weight, d.Functional, d.Description)).ToList(),
            c.Indicators.Select(i => new IndicatorItem(
                i.Id, i.Domain, i.Question, Lower(i.Scale), Lower(i.Role), i.Unit, i.Weight,
                i.Goalposts is { } g ? [g.Min, g.Max] : null,
                i.Anchors.Select(a => new AnchorItem(a.Id, a.Score, a.Label)).ToList(),
                i.Guidance, i.CueTerms)).ToList(),
            c.Qualifiers.Select(q => new QualifierItem(q.Id, q.ShareSpread, q.RelativeSpread, q.CategoryReliability, q.Explanation)).ToList(),
            c.Thresholds));
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public sealed record CodebookDocument(string Version, IReadOnlyList<DomainItem> Domains, IReadOnlyList<IndicatorItem> Indicators,
        IReadOnlyList<QualifierItem> Qualifiers, StageThresholds Thresholds);

    public sealed record DomainItem(string Id, string Label, double Weight, bool Functional, string Description);

    public sealed record IndicatorItem(string Id, string Domain, string Question, string Scale, string Role, string? Unit, double Weight,
        double[]? Goalposts, IReadOnlyList<AnchorItem> Anchors, string Guidance, IReadOnlyList<string> CueTerms);

    public sealed record AnchorItem(string Id, double? Score, string Label);

    public sealed record QualifierItem(string Id, double ShareSpread, double RelativeSpread, double CategoryReliability, string Explanation);
}
