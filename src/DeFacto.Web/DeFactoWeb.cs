using System.Net;
using DeFacto.Web.Api;
using DeFacto.Web.Assessments;
using DeFacto.Web.Evidence;
using DeFacto.Web.Pages;
using DeFacto.Web.Security;
using DeFacto.Web.Trends;
using Microsoft.AspNetCore.HttpOverrides;

namespace DeFacto.Web;

/// <summary>The web app's table of contents: services, then the middleware, then one line per feature.</summary>
public static class DeFactoWeb
{
    /// <summary>The read-only API may be fetched from any origin: it is public data, and nothing there writes or needs a cookie.</summary>
    private const string PublicRead = "public-read";

    /// <summary>Builds the app. With <paramref name="options"/> null, they are read from the <c>DeFacto</c> configuration section.</summary>
    public static WebApplication Build(string[] args, DeFactoWebOptions? options = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(DeFactoWeb).Assembly.GetName().Name,
        });
        if (options is { Urls.Count: > 0 })
        {
            builder.WebHost.UseUrls([.. options.Urls]);
        }

        // A line per request would cost more than the request; the app logs warnings and its own events.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var proxies = (options?.KnownProxies ?? []).Concat(builder.Configuration.GetSection($"{DeFactoWebOptions.Section}:KnownProxies").Get<string[]>() ?? []).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        builder.Services.AddCors(o => o.AddPolicy(PublicRead, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD")));
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            // The app sees https only through a named proxy, whose Host may well be its upstream (127.0.0.1:5080):
            // the default exclusion of loopback hosts would then drop the header the proxy's clients need.
            o.ExcludedHosts.Clear();
        });
        builder.Services.AddDeFactoEvidence(options);
        builder.Services.AddDeFactoSecurity(options);
        builder.Services.AddRazorPages();
        // Pages write every script as itself (Cyrillic, en dashes), not as &#x...; entities; markup characters are still encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddPageCache();
        builder.Services.AddProblemDetails();
        // Text in every script as itself in the API's JSON, as in the CLI's (see JsonText).
        // Numbers are numbers: never read from strings, so the OpenAPI schemas type them as numbers only.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = DeFacto.Exports.Json.JsonText.Encoder;
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DeFacto API";
            // A relative server, never one built from the request's Host header (which a client can forge).
            document.Servers = [new() { Url = "/" }];
            document.Info.License = new() { Name = "CC BY 4.0 (as CITATION.cff states); quoted sources keep their own terms, see /sources", Identifier = "CC-BY-4.0" };
            ApiSchemas.Describe(document);
            document.Info.Description = "How far a territory's sovereignty has passed to a patron state, domain by domain, with every figure tied to its source. The assessment object is the one `defacto assess --format json` prints.";
            return Task.CompletedTask;
        }));
        builder.Services.AddHostedService<CacheWarmer>();

        var app = builder.Build();
        if (proxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        // HSTS only answers requests that arrived over TLS (directly or, with known proxies, forwarded as https).
        app.UseHsts();
        app.UseSecurityHeaders();
        app.UseErrorPages();
        app.UseDeFactoAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseCors(PublicRead));
        ComputeBudget.UseComputeBudget(app);
        app.UseConditionalGet();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseCompactHtml();
        app.UseApiReferenceLanguage();

        app.MapRazorPages();
        app.MapTerritoriesApi();
        app.MapCompareApi();
        app.MapCodebookApi();
        app.MapSourcesApi();
        app.MapTrendDownloads();
        app.MapOpenApi();
        app.MapApiReference();
        return app;
    }
}
