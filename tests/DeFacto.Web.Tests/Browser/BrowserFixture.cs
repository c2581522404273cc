using DeFacto.Web.Tests.Support;
using Microsoft.Playwright;

namespace DeFacto.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright against the app on a real Kestrel port, over a fresh ledger.
/// Never downloads a browser. Without Chromium the tests skip on a developer's machine, and fail where
/// services are required (CI=true, or DEFACTO_REQUIRE_SERVICES=1 as .ci/run sets it).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("DEFACTO_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public string? Missing { get; private set; }

    public LedgerFactory Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public static bool Required
    {
        get
        {
            var require = Environment.GetEnvironmentVariable("DEFACTO_REQUIRE_SERVICES");
            return require is not null
                ? require == "1"
                : string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Missing = $"Chromium is not installed at {ChromiumPath}; run .ci/browser.sh (apt-get install chromium)";
            return;
        }

        Server = new LedgerFactory();
        Server.UseKestrel(0);
        Server.StartServer();
        BaseAddress = Server.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless, with nothing that reaches the network on its own.</summary>
    internal static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ChromiumPath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    /// <summary>Skips or fails the calling test when Chromium is missing.</summary>
    public void Require()
    {
        if (Missing is null)
        {
            return;
        }

        if (Required)
        {
            Assert.Fail(Missing);
        }

        Assert.Skip(Missing);
    }

    /// <summary>A fresh page; the content security policy is bypassed so axe-core can be evaluated in it (the XSS tests check text, not the policy).</summary>
    public async Task<IPage> NewPageAsync()
    {
        Require();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), BypassCSP = true, AcceptDownloads = true });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
