using DeFacto.Web.Api;
using DeFacto.Web.Assessments;
using DeFacto.Web.Evidence;
using DeFacto.Web.Pages;
using DeFacto.Web.Security;
using Scalar.AspNetCore;

namespace DeFacto.Web;

/// <summary>The web app's table of contents: services, then the middleware, then one line per feature.</summary>
public static class DeFactoWeb
{
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
        builder.Services.AddDeFactoEvidence(options);
        builder.Services.AddDeFactoSecurity(options);
        builder.Services.AddRazorPages();
        builder.Services.AddPageCache();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DeFacto API";
            document.Info.Description = "How far a territory's sovereignty has passed to a patron state, domain by domain, with every figure tied to its source. The assessment object is the one `defacto assess --format json` prints.";
            return Task.CompletedTask;
        }));
        builder.Services.AddHostedService<CacheWarmer>();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDeFactoAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseCompactHtml();

        app.MapRazorPages();
        app.MapTerritoriesApi();
        app.MapCompareApi();
        app.MapCodebookApi();
        app.MapSourcesApi();
        app.MapOpenApi();
        app.MapScalarApiReference();
        return app;
    }
}
