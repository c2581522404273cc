using DeFacto.Storage;
using DeFacto.Web.Assessments;

namespace DeFacto.Web.Evidence;

/// <summary>Registers where evidence comes from (a ledger or a dataset folder), the review desk and the assessment cache.</summary>
public static class EvidenceServices
{
    public static IServiceCollection AddDeFactoEvidence(this IServiceCollection services, DeFactoWebOptions? options)
    {
        services.AddSingleton(sp => options ?? sp.GetRequiredService<IConfiguration>().GetSection(DeFactoWebOptions.Section).Get<DeFactoWebOptions>() ?? new DeFactoWebOptions());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IEvidenceSource>(sp => Open(sp.GetRequiredService<DeFactoWebOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<IEvidenceSource>() as IReviewDesk ?? new NoReviewDesk());
        services.AddMemoryCache(o => o.SizeLimit = 20_000);
        services.AddHttpContextAccessor();
        services.AddSingleton<ComputeBudget>();
        services.AddSingleton<Analyses>();
        return services;
    }

    private static IEvidenceSource Open(DeFactoWebOptions options, TimeProvider clock)
    {
        if (!string.IsNullOrWhiteSpace(options.Ledger))
        {
            return new LedgerEvidenceSource(LedgerStore.Open(options.Ledger, clock), clock);
        }

        var directory = options.DataDirectory ?? Path.Combine(AppContext.BaseDirectory, "data");
        return FixedEvidenceSource.FromDirectory(directory);
    }
}
