using System.Net;
using DeFacto.Web.Evidence;
using DeFacto.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DeFacto.Web.Tests.Security;

/// <summary>
/// docs/web.md: behind a named TLS proxy the cookies are Secure and responses carry HSTS; from any other
/// address X-Forwarded-Proto is ignored. The test server has no socket, so each request's remote address is
/// set from a test header before the app's own middleware runs (Kestrel sets it from the socket).
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.1.2.3";
    private const string Stranger = "203.0.113.9";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KnownProxy_ForwardingHttps_MakesCookiesSecureAndSendsHsts()
    {
        await using var factory = new ProxiedFactory(Proxy);

        using var page = await Get(factory, "/signin", from: Proxy);
        using var signIn = await PostSignIn(factory, page, from: Proxy);

        Assert.Contains("max-age=31536000", Header(page, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.Contains("secure", Cookie(page, "defacto.csrf"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("secure", Cookie(signIn, "defacto.auth"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", Header(signIn, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAddress_ForgingHttps_GetsNeitherSecureCookiesNorHsts()
    {
        await using var factory = new ProxiedFactory(Proxy);

        using var page = await Get(factory, "/signin", from: Stranger);
        using var signIn = await PostSignIn(factory, page, from: Stranger);

        AssertPlainHttp(page, signIn);
    }

    [Fact]
    public async Task NoKnownProxy_ForgedHttps_IsIgnored()
    {
        await using var factory = new ProxiedFactory(knownProxy: null);

        using var page = await Get(factory, "/signin", from: Proxy);
        using var signIn = await PostSignIn(factory, page, from: Proxy);

        AssertPlainHttp(page, signIn);
    }

    private static void AssertPlainHttp(HttpResponseMessage page, HttpResponseMessage signIn)
    {
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", Cookie(page, "defacto.csrf"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("secure", Cookie(signIn, "defacto.auth"), StringComparison.OrdinalIgnoreCase);
        Assert.False(signIn.Headers.Contains("Strict-Transport-Security"));
    }

    private static async Task<HttpResponseMessage> Get(ProxiedFactory factory, string url, string from)
    {
        using var client = Client(factory, from);
        return await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
    }

    /// <summary>Signs in as ana with the form and antiforgery cookie of <paramref name="page"/> (cookies carried by hand: a Secure one would not go back over http).</summary>
    private static async Task<HttpResponseMessage> PostSignIn(ProxiedFactory factory, HttpResponseMessage page, string from)
    {
        using var client = Client(factory, from);
        client.DefaultRequestHeaders.Add("Cookie", Cookie(page, "defacto.csrf").Split(';')[0]);
        var html = await page.Content.ReadAsStringAsync(Ct);
        using var form = new FormUrlEncodedContent([new("Name", "ana"), new("Password", TestUsers.Password), new("__RequestVerificationToken", Html.Token(html))]);
        return await client.PostAsync(new Uri("/signin", UriKind.Relative), form, Ct);
    }

    private static HttpClient Client(ProxiedFactory factory, string from)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(ProxiedFactory.RemoteHeader, from);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        return client;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private static string Cookie(HttpResponseMessage response, string name)
    {
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal)) : null;
        Assert.True(cookie is not null, $"no {name} cookie set");
        return cookie;
    }

    /// <summary>The app with <c>DeFacto:KnownProxies</c> set (or not), each request's remote address taken from <see cref="RemoteHeader"/>.</summary>
    private sealed class ProxiedFactory(string? knownProxy) : WebFactory(() => new FixedEvidenceSource(TestData.Bundled, "bundled"))
    {
        public const string RemoteHeader = "X-Test-Remote-Address";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (knownProxy is not null)
            {
                builder.UseSetting("DeFacto:KnownProxies:0", knownProxy);
            }

            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, RemoteAddressFilter>());
        }
    }

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[ProxiedFactory.RemoteHeader].ToString());
                return following(context);
            });
            next(app);
        };
    }
}
