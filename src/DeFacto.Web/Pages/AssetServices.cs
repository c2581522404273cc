using Microsoft.Extensions.FileProviders;

namespace DeFacto.Web.Pages;

/// <summary>Serves the style sheet and other static files from the assembly under <c>/static</c>, cached for a day.</summary>
public static class AssetServices
{
    public static IApplicationBuilder UseDeFactoAssets(this IApplicationBuilder app) => app.UseStaticFiles(new StaticFileOptions
    {
        FileProvider = new EmbeddedFileProvider(typeof(AssetServices).Assembly, "DeFacto.Web.Assets"),
        RequestPath = "/static",
        OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=86400",
    });
}
