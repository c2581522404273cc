using DeFacto.Core.Registry;
using DeFacto.Web.Assessments;
using DeFacto.Web.Trends;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace DeFacto.Web.Pages;

/// <summary>Territories over the years: a line per territory with its band and headline stage, the data as a table, and downloads.</summary>
[OutputCache(PolicyName = PageCache.Policy)]
public sealed class TrendsModel(Analyses analyses) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "territories")]
    public string? Territories { get; set; }

    /// <summary>The form's check boxes; the same as <c>territories</c> as a list.</summary>
    [BindProperty(SupportsGet = true, Name = "t")]
    public IReadOnlyList<string> Chosen { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "basis")]
    public string? BasisText { get; set; }

    public TrendData Data { get; private set; } = null!;

    public string Chart { get; private set; } = "";

    public PlaceRegistry Registry => analyses.Snapshot.Dataset.Registry;

    public bool IsChosen(string id) => Data.Places.Count == 0 ? string.IsNullOrWhiteSpace(Territories) : Data.Places.Any(p => p.Id == id);

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Territories) && Chosen.Count > 0)
        {
            Territories = string.Join(',', Chosen);
        }

        Data = TrendData.Read(analyses, Territories, From, To, BasisText);
        if (Data.Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Chart = Data.Chart(TrendDownloads.Title(Data));
    }
}
