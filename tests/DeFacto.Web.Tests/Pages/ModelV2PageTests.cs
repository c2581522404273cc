using System.Net;
using System.Text.RegularExpressions;
using DeFacto.Web.Tests.Support;

namespace DeFacto.Web.Tests.Pages;

public sealed partial class ModelV2PageTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string AllIds => string.Join(',', TestData.Bundled.Registry.Territories.Select(t => t.Id));

    [Fact]
    public async Task Trends_AllEight_DrawsOneColouredLinePerTerritoryAndALegendEntryForEach()
    {
        var html = await _client.GetStringAsync(new Uri("/trends?territories=" + AllIds + "&from=2008&to=2026", UriKind.Relative), Ct);
        var count = TestData.Bundled.Registry.Territories.Count();

        var colours = SeriesColour().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(count, colours.Count);
        Assert.Equal(count, LegendEntry().Count(html));
        Assert.Contains("/trends.csv?territories=", html, StringComparison.Ordinal);
        Assert.Contains("id=\"trends-table\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrendsCsv_HasOneRowPerTerritoryYear()
    {
        var csv = await _client.GetStringAsync(new Uri("/trends.csv?territories=" + AllIds + "&from=2010&to=2020", UriKind.Relative), Ct);
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();

        Assert.Equal(TestData.Bundled.Registry.Territories.Count() * 11, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r[0] + r[2]).Distinct().Count());
    }

    [Fact]
    public async Task NagornoKarabakh_2026_IsNotAssessableOnTheOverviewAndItsPage()
    {
        var overview = await _client.GetStringAsync(new Uri("/?asOf=2026-06-30", UriKind.Relative), Ct);
        var row = overview[overview.IndexOf("data-territory=\"nagorno-karabakh\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        var page = await _client.GetStringAsync(new Uri("/territories/nagorno-karabakh?asOf=2026-06-30", UriKind.Relative), Ct);

        Assert.Contains("Not assessable", row, StringComparison.Ordinal);
        Assert.Contains("Not assessable", page, StringComparison.Ordinal);
        Assert.Contains("id=\"verdict-reason\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Territory_ShowsReasonAxesCoverageAndPledges()
    {
        var html = await _client.GetStringAsync(new Uri("/territories/south-ossetia?asOf=2021-12-31&basis=commitments", UriKind.Relative), Ct);

        Assert.Contains("id=\"functional-stage\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"formal-status\"", html, StringComparison.Ordinal);
        Assert.Contains("coverage-current", html, StringComparison.Ordinal);
        Assert.Contains("class=\"implementation implementation-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Codebook_HeadingShowsTheVersion()
    {
        var html = await _client.GetStringAsync(new Uri("/codebook", UriKind.Relative), Ct);

        Assert.DoesNotContain("v@c.Version", html, StringComparison.Ordinal);
        Assert.Matches("<h1>Codebook version [0-9]", html);
    }

    [Fact]
    public async Task Compare_EightTerritories_EveryLegendEntryInsideTheChart()
    {
        var query = string.Join('&', TestData.Bundled.Registry.Territories.Select(t => "t=" + t.Id));
        var html = await _client.GetStringAsync(new Uri("/compare?" + query + "&asOf=2020-12-31&reference=transnistria", UriKind.Relative), Ct);

        Assert.Equal(TestData.Bundled.Registry.Territories.Count(), LegendEntry().Count(html));
        Assert.Contains("series-7", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"transnistria\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_InABrowser_IsHtmlWithSuggestions()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/trend", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await _client.SendAsync(request, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        using var territory = await _client.GetAsync(new Uri("/territories/ossetia", UriKind.Relative), Ct);
        var territoryHtml = await territory.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("href=\"/trends\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, territory.StatusCode);
        Assert.Contains("/territories/south-ossetia", territoryHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_FilterByTerritoryAndSearch_Narrow()
    {
        var all = await _client.GetStringAsync(new Uri("/sources", UriKind.Relative), Ct);
        var crimea = await _client.GetStringAsync(new Uri("/sources?territory=crimea&sort=date", UriKind.Relative), Ct);

        Assert.True(SourceRow().Count(crimea) < SourceRow().Count(all));
        Assert.True(SourceRow().Count(crimea) > 0);
    }

    [GeneratedRegex("class=\"trend-line\" stroke=\"(#[0-9A-Fa-f]{6})\"")]
    private static partial Regex SeriesColour();

    [GeneratedRegex("class=\"legend-entry\"")]
    private static partial Regex LegendEntry();

    [GeneratedRegex("<tr id=\"source-")]
    private static partial Regex SourceRow();
}
