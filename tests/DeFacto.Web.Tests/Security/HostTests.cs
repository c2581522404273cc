using System.Net;
using DeFacto.Web.Evidence;
using DeFacto.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace DeFacto.Web.Tests.Security;

/// <summary>docs/web.md: with <c>AllowedHosts</c> set, a request naming another host is refused; conditional GETs on pages.</summary>
public sealed class HostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AllowedHosts_OtherHost_IsRefusedAndTheNamedOneServed()
    {
        await using var factory = new HostsFactory("defacto.example.org");
        using var client = factory.CreateClient();

        using var forged = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/territories", UriKind.Relative));
        forged.Headers.Host = "attacker.example.net";
        using var refused = await client.SendAsync(forged, Ct);
        using var named = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/territories", UriKind.Relative));
        named.Headers.Host = "defacto.example.org";
        using var served = await client.SendAsync(named, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task Page_SecondRequestWithTheETag_Is304()
    {
        await using var factory = new HostsFactory(null);
        using var client = factory.CreateClient();
        var url = new Uri("/territories/abkhazia?asOf=2016-12-31", UriKind.Relative);

        using var first = await client.GetAsync(url, Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("max-age=300", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    private sealed class HostsFactory(string? allowed) : WebFactory(() => new FixedEvidenceSource(TestData.Bundled, "bundled"))
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (allowed is not null)
            {
                builder.UseSetting("AllowedHosts", allowed);
            }
        }
    }
}
