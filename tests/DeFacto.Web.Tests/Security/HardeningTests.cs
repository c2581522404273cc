using System.Net;
using DeFacto.Web.Pages;
using DeFacto.Web.Tests.Support;

namespace DeFacto.Web.Tests.Security;

/// <summary>Points of the security and API review that had no test: ETags, CORS, forged hosts, odd return URLs, spoofing characters, the ledger's location.</summary>
public sealed class HardeningTests(ApiFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_SecondRequestWithTheETag_Is304WithoutABody()
    {
        using var client = factory.CreateClient();
        var url = new Uri("/api/territories/abkhazia/assessment?asOf=2016-12-31", UriKind.Relative);
        using var first = await client.GetAsync(url, Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("max-age=300", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Api_FromAnotherOrigin_IsAllowedToRead()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/territories", UriKind.Relative));
        request.Headers.Add("Origin", "https://example.org");
        using var response = await client.SendAsync(request, Ct);

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task OpenApi_ForgedHost_DoesNotBecomeTheServerUrl()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/openapi/v1.json", UriKind.Relative));
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        Assert.Contains("\"url\": \"/\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_NonAsciiReturnUrl_IsAPageNotAnError()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/signin?ReturnUrl=%2F%D0%91%D0%B0%D0%B7%D0%B0", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("abc\u202Edef", "abcdef")]
    [InlineData("70\u200B per cent", "70 per cent")]
    [InlineData("Цхинвали\u2066x\u2069", "Цхинвалиx")]
    public void Clean_BidiAndZeroWidthCharacters_AreDropped(string shown, string expected) => Assert.Equal(expected, Show.Clean(shown));

    [Fact]
    public async Task Pages_NeverShowTheEvidenceLocation()
    {
        using var client = factory.CreateClient();
        var overview = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.DoesNotContain("test data", overview, StringComparison.Ordinal);
    }
}
