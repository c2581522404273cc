using System.Net;
using DeFacto.Web.Tests.Support;

namespace DeFacto.Web.Tests.Pages;

public sealed class PageTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Overview_ListsEveryTerritoryWithATrendLine()
    {
        var html = await _client.GetStringAsync(new Uri("/?asOf=2016-12-31", UriKind.Relative), Ct);

        foreach (var t in TestData.Bundled.Registry.Territories)
        {
            Assert.Contains($"data-territory=\"{t.Id}\"", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"trend-{t.Id}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Territory_HostileQuote_IsShownAsText()
    {
        var html = await _client.GetStringAsync(new Uri("/territories/south-ossetia?asOf=2021-12-31", UriKind.Relative), Ct);

        Assert.Contains("&lt;script&gt;document.title=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>document.title", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Territory_Page_HasChartsEvidenceAndTheDateForm()
    {
        var html = await _client.GetStringAsync(new Uri("/territories/crimea?asOf=2015-06-30", UriKind.Relative), Ct);

        Assert.Contains("id=\"domains-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"timeline-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2015-06-30\"", html, StringComparison.Ordinal);
        Assert.Contains("De jure annexation", html, StringComparison.Ordinal);
        Assert.Contains("<q>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Territory_Unknown_Is404WithASuggestion()
    {
        using var response = await _client.GetAsync(new Uri("/territories/abkhasia", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("href=\"/territories/abkhazia\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Territory_BadDate_Is400WithTheReason()
    {
        using var response = await _client.GetAsync(new Uri("/territories/abkhazia?asOf=2015-13-01", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no month 13", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_TwoTerritories_ShowsBothColumns()
    {
        var html = await _client.GetStringAsync(new Uri("/compare?t=south-ossetia&t=abkhazia&asOf=2016-12-31", UriKind.Relative), Ct);

        Assert.Contains("id=\"compare-chart\"", html, StringComparison.Ordinal);
        Assert.Contains(">South Ossetia</a></th>", html, StringComparison.Ordinal);
        Assert.Contains(">Abkhazia</a></th>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/codebook", "citizenship.patron_passport_share")]
    [InlineData("/sources", "/api/sources/bibtex")]
    [InlineData("/static/site.css", "svg.chart")]
    public async Task ReadingPages_AreServed(string url, string expected)
    {
        var body = await _client.GetStringAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Contains(expected, body, StringComparison.Ordinal);
    }
}
