using DeFacto.Web.Evidence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DeFacto.Web.Tests.Support;

/// <summary>The web app over a given evidence source, with test users and no cache warming.</summary>
public class WebFactory(Func<IEvidenceSource> evidence) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("DeFacto:WarmCache", "false");
        builder.UseSetting("DeFacto:ComputationsPerMinute", "0");
        foreach (var (key, value) in TestUsers.Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IEvidenceSource>();
            services.RemoveAll<IReviewDesk>();
            services.AddSingleton(_ => evidence());
            services.AddSingleton(sp => sp.GetRequiredService<IEvidenceSource>() as IReviewDesk ?? new NoReviewDesk());
        });
    }
}
