using DeFacto.Core.Evidence;
using DeFacto.Web.Assessments;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace DeFacto.Web.Pages;

/// <summary>Every source, with links to cite it (CSL-JSON, BibTeX) one by one or all together.</summary>
[OutputCache(PolicyName = PageCache.Policy)]
public sealed class SourcesModel(Analyses analyses) : PageModel
{
    public IReadOnlyList<Source> Sources => analyses.Snapshot.Dataset.Ledger.Sources;

    public static string? SafeUrl(string? url) =>
        url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ? url : null;
}
