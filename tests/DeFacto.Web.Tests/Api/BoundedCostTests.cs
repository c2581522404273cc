using System.Net;
using DeFacto.Web.Evidence;
using DeFacto.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace DeFacto.Web.Tests.Api;

/// <summary>Anonymous clients may ask for only so many fresh computations a minute; cached answers stay free.</summary>
public sealed class BoundedCostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FreshDates_BeyondTheBudget_Are429WithRetryAfterWhileCachedOnesStillAnswer()
    {
        await using var factory = new TwoPerMinute();
        using var client = factory.CreateClient();

        using var first = await client.GetAsync(new Uri("/api/territories/abkhazia/assessment?asOf=2011-03-04", UriKind.Relative), Ct);
        using var second = await client.GetAsync(new Uri("/api/territories/abkhazia/assessment?asOf=2012-05-06", UriKind.Relative), Ct);
        using var third = await client.GetAsync(new Uri("/api/territories/abkhazia/assessment?asOf=2013-07-08", UriKind.Relative), Ct);
        using var cached = await client.GetAsync(new Uri("/api/territories/abkhazia/assessment?asOf=2011-03-04", UriKind.Relative), Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/territories/abkhazia?asOf=2014-09-10", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        using var page = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal((HttpStatusCode)429, page.StatusCode);
        Assert.Contains("Too many requests", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    private sealed class TwoPerMinute() : WebFactory(() => new FixedEvidenceSource(TestData.Bundled, "bundled"))
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DeFacto:ComputationsPerMinute", "2");
        }
    }
}

/// <summary>The API's JSON is readable in every script, yet safe to embed in HTML.</summary>
public sealed class ReadableJsonTests(ApiFactory factory)
{
    [Fact]
    public async Task Assessment_CyrillicQuote_IsWrittenAsItselfAndMarkupStaysEscaped()
    {
        using var client = factory.CreateClient();
        var crimea = await client.GetStringAsync(new Uri("/api/territories/crimea/assessment?asOf=2014-12-31", UriKind.Relative), TestContext.Current.CancellationToken);
        var ossetia = await client.GetStringAsync(new Uri("/api/territories/south-ossetia/assessment?asOf=2021-12-31", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("російські паспорти", crimea, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u04", crimea, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", ossetia, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", ossetia, StringComparison.Ordinal);
    }
}
