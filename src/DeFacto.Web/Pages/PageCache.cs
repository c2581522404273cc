using DeFacto.Web.Evidence;
using Microsoft.AspNetCore.OutputCaching;

namespace DeFacto.Web.Pages;

/// <summary>
/// Caches the public reading pages for anonymous readers, keyed by the whole URL and the evidence version,
/// so a review that changes the ledger is seen at once. Signed-in requests and errors are never cached.
/// </summary>
public static class PageCache
{
    public const string Policy = "reading";

    public static IServiceCollection AddPageCache(this IServiceCollection services) => services.AddOutputCache(o =>
    {
        o.SizeLimit = 256L * 1024 * 1024;
        o.AddPolicy(Policy, b => b
            .Expire(TimeSpan.FromMinutes(5))
            .VaryByValue(context => new KeyValuePair<string, string>(
                "evidence", context.RequestServices.GetRequiredService<IEvidenceSource>().Current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    });
}
