using DeFacto.Web.Evidence;
using DeFacto.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DeFacto.Web.Tests.Parity;

/// <summary>The web app over a ledger file that the command line reads too, with the same fixed clock.</summary>
public sealed class ParityFactory : WebFactory
{
    private readonly LedgerFile _ledger;

    public ParityFactory()
        : this(new LedgerFile())
    {
    }

    private ParityFactory(LedgerFile ledger)
        : base(() => new LedgerEvidenceSource(ledger.Open()))
    {
        _ledger = ledger;
    }

    public string Ledger => _ledger.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(FixedClock.Default);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _ledger.Dispose();
    }
}
