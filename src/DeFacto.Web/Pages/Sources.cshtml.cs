using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;
using DeFacto.Web.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace DeFacto.Web.Pages;

/// <summary>
/// Every source, with links to cite it (CSL-JSON, BibTeX); searchable by words, filtered by the
/// territory whose evidence cites it, sorted by title, date or kind, all in the query string (no script).
/// </summary>
[OutputCache(PolicyName = PageCache.Policy)]
public sealed class SourcesModel(Analyses analyses) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "territory")]
    public string? Territory { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public IReadOnlyList<Source> All => analyses.Snapshot.Dataset.Ledger.Sources;

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public PlaceRegistry Registry => analyses.Snapshot.Dataset.Registry;

    public void OnGet()
    {
        var ledger = analyses.Snapshot.Dataset.Ledger;
        IEnumerable<Source> sources = All;
        if (!string.IsNullOrWhiteSpace(Territory))
        {
            var cited = ledger.Observations.Where(o => o.Territory == Territory).Select(o => o.Source)
                .Concat(ledger.Events.Where(e => e.Territory == Territory).Select(e => e.Source)).ToHashSet(StringComparer.Ordinal);
            sources = sources.Where(s => cited.Contains(s.Id));
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var words = Search.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            sources = sources.Where(s => words.All(w => Haystack(s).Contains(w, StringComparison.OrdinalIgnoreCase)));
        }

        Sources = (Sort switch
        {
            "date" => sources.OrderBy(s => s.Published?.Start ?? DateOnly.MaxValue).ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase),
            "date-desc" => sources.OrderByDescending(s => s.Published?.Start ?? DateOnly.MinValue).ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase),
            "kind" => sources.OrderBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase),
            _ => sources.OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase),
        }).ToList();
    }

    public string SortLink(string sort) =>
        "/sources?sort=" + sort + (string.IsNullOrWhiteSpace(Search) ? "" : "&q=" + Uri.EscapeDataString(Search))
        + (string.IsNullOrWhiteSpace(Territory) ? "" : "&territory=" + Uri.EscapeDataString(Territory));

    private static string Haystack(Source s) =>
        string.Join(' ', [s.Id, s.Title, s.Kind, s.Publisher ?? "", s.Container ?? "", s.Published?.ToString() ?? "", .. s.Authors]);

    public static string? SafeUrl(string? url) =>
        url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ? url : null;
}
