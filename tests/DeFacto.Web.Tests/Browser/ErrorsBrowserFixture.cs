using DeFacto.Web.Evidence;
using DeFacto.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace DeFacto.Web.Tests.Browser;

/// <summary>
/// Two servers on real Kestrel ports for the error pages, beside Chromium: one whose ledger cannot be
/// read (every page is a 500) and one whose anonymous clients may start one fresh computation a minute
/// (the second new date is a 429).
/// </summary>
public sealed class ErrorsBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private WebFactory? _failing;
    private WebFactory? _budget;

    /// <summary>Where the unreadable ledger claims to be; the 500 page must not say it.</summary>
    public static string FailingLedger { get; } = Path.Combine(Path.GetTempPath(), "defacto-secret-folder", "unreadable-ledger.db");

    public Uri Failing { get; private set; } = null!;

    public Uri Budget { get; private set; } = null!;

    private string? Missing { get; set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            Missing = $"Chromium is not installed at {BrowserFixture.ChromiumPath}; run .ci/browser.sh (apt-get install chromium)";
            return;
        }

        _failing = Start(new SettingsFactory(() => new FailingEvidenceSource(FailingLedger)));
        Failing = _failing.ClientOptions.BaseAddress;
        _budget = Start(new SettingsFactory(() => new FixedEvidenceSource(TestData.Bundled, "test data"), ("DeFacto:ComputationsPerMinute", "1")));
        Budget = _budget.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserFixture.LaunchAsync(_playwright);
    }

    /// <summary>A fresh page on the given server, the content security policy bypassed for axe-core (as <see cref="BrowserFixture.NewPageAsync"/>).</summary>
    public async Task<IPage> NewPageAsync(Uri server)
    {
        if (Missing is not null)
        {
            if (BrowserFixture.Required)
            {
                Assert.Fail(Missing);
            }

            Assert.Skip(Missing);
        }

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.ToString(), BypassCSP = true });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await _browser!.DisposeAsync();
            _playwright.Dispose();
        }

        foreach (var server in new[] { _failing, _budget })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static WebFactory Start(WebFactory factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    private sealed class SettingsFactory(Func<IEvidenceSource> evidence, params (string Key, string Value)[] settings) : WebFactory(evidence)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
