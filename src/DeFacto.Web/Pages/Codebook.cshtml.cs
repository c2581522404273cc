using DeFacto.Core.Coding;
using DeFacto.Web.Assessments;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace DeFacto.Web.Pages;

/// <summary>The codebook: what each indicator asks, its scale, and how answers map to a score.</summary>
[OutputCache(PolicyName = PageCache.Policy)]
public sealed class CodebookModel(Analyses analyses) : PageModel
{
    public Codebook Codebook => analyses.Snapshot.Dataset.Codebook;

    public static string Mapping(Indicator i) =>
        i.Anchors.Count > 0
            ? string.Join(" · ", i.Anchors.Select(a => a.Score is { } s ? $"{a.Id} {Show.Score(s)}" : a.Id))
            : i.Goalposts is { } g ? $"{Show.Number(g.Min)} → 0, {Show.Number(g.Max)} → 1 ({i.Unit})" : $"{i.Unit} (not scored)";
}
