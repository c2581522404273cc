using System.Net;
using System.Text.Json;
using DeFacto.Web.Tests.Support;

namespace DeFacto.Web.Tests.Api;

public sealed class OtherApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Territories_List_HasEveryTerritoryWithLinks()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/territories", UriKind.Relative), Ct));

        var ids = json.RootElement.EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Equal(TestData.Bundled.Registry.Territories.Select(t => t.Id), ids);
        Assert.Equal("/api/territories/abkhazia/assessment", json.RootElement.EnumerateArray().First(t => t.GetProperty("id").GetString() == "abkhazia").GetProperty("assessment").GetString());
    }

    [Fact]
    public async Task Timeline_Years_HasAPointPerYearAndTheEvents()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/territories/crimea/timeline?from=2013&to=2015", UriKind.Relative), Ct));

        Assert.Equal(["2013-12-31", "2014-12-31", "2015-12-31"], json.RootElement.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("date").GetString()));
        Assert.NotEmpty(json.RootElement.GetProperty("events").EnumerateArray());
    }

    [Theory]
    [InlineData("from=2016&to=2013", "to: 2013 is before the first year, 2016")]
    [InlineData("from=later", "between 1900 and 2100")]
    public async Task Timeline_BadYears_Returns400(string query, string reason)
    {
        using var response = await _client.GetAsync(new Uri("/api/territories/crimea/timeline?" + query, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_TwoTerritories_GivesBothAndTheirGaps()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/compare?t=south-ossetia&t=abkhazia&asOf=2016-12-31", UriKind.Relative), Ct));

        Assert.Equal(["south-ossetia", "abkhazia"], json.RootElement.GetProperty("assessments").EnumerateArray().Select(a => a.GetProperty("territory").GetString()));
        Assert.Equal(2, json.RootElement.GetProperty("gaps").GetArrayLength());
        Assert.Equal("crimea", json.RootElement.GetProperty("reference").GetString());
    }

    [Theory]
    [InlineData("/api/compare", HttpStatusCode.BadRequest)]
    [InlineData("/api/compare?t=atlantis", HttpStatusCode.NotFound)]
    [InlineData("/api/compare?t=abkhazia&asOf=2016-00", HttpStatusCode.BadRequest)]
    public async Task Compare_BadRequest_IsAProblem(string url, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Codebook_HasTheStableIndicatorIds()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/codebook", UriKind.Relative), Ct));

        var ids = json.RootElement.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains("citizenship.patron_passport_share", ids);
        Assert.Contains("status.formal_incorporation", ids);
    }

    [Fact]
    public async Task Sources_CitationExports_AreServedWithTheirTypes()
    {
        var id = TestData.Bundled.Ledger.Sources[0].Id;
        using var csl = await _client.GetAsync(new Uri("/api/sources/csl-json?id=" + id, UriKind.Relative), Ct);
        using var bib = await _client.GetAsync(new Uri("/api/sources/bibtex", UriKind.Relative), Ct);
        using var missing = await _client.GetAsync(new Uri("/api/sources/bibtex?id=nope", UriKind.Relative), Ct);

        Assert.Equal("application/vnd.citationstyles.csl+json", csl.Content.Headers.ContentType?.MediaType);
        using var items = JsonDocument.Parse(await csl.Content.ReadAsStringAsync(Ct));
        Assert.Equal(id, Assert.Single(items.RootElement.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("application/x-bibtex", bib.Content.Headers.ContentType?.MediaType);
        Assert.Contains("@", await bib.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));

        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Contains("/api/territories/{id}/assessment", paths);
        Assert.Contains("/api/compare", paths);
    }

    [Fact]
    public async Task Scalar_Reference_IsServed()
    {
        using var response = await _client.GetAsync(new Uri("/scalar/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
