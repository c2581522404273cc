using System.Net;
using System.Text.Json;
using DeFacto.Storage.Connections;
using DeFacto.Web.Evidence;
using DeFacto.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeFacto.Web.Tests.Security;

/// <summary>
/// docs/web.md: pages never show the ledger's location or host. Every public page, the API reference,
/// the OpenAPI document, some API answers and the error pages are read from an app over a SQLite ledger
/// (opened from <c>DeFacto:Ledger</c> as <c>defacto serve --ledger</c> does) and from one described as a
/// PostgreSQL ledger is (there is no PostgreSQL server for the web tests: the description is the one
/// <see cref="LedgerEvidenceSource"/> makes from the connection string, the only way the location reaches the app's pages).
/// </summary>
public sealed class LedgerLocationTests
{
    private const string PostgresConnection = "Host=pg-ledger.internal.example;Port=47193;Database=secretledger;Username=ledgerowner;Password=hunter2-secret";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<string> Ids => TestData.Bundled.Registry.Territories.Select(t => t.Id);

    /// <summary>Every public page, the API reference and document, a few API answers, and a browser's 404.</summary>
    private static IEnumerable<string> Urls =>
    [
        "/",
        .. Ids.Select(id => $"/territories/{id}?asOf=2020-12-31"),
        "/trends?territories=" + string.Join(',', Ids) + "&from=2018&to=2020",
        "/trends.svg?territories=crimea,abkhazia&from=2018&to=2020",
        "/trends.csv?territories=crimea,abkhazia&from=2018&to=2020",
        "/compare?" + string.Join('&', Ids.Select(id => "t=" + id)) + "&asOf=2020-12-31",
        "/codebook",
        "/sources",
        "/signin",
        "/review",
        "/scalar/",
        "/openapi/v1.json",
        "/api/territories",
        "/api/territories/abkhazia/assessment?asOf=2020-12-31",
        "/api/sources",
        "/territories/ossetia",
        "/no-such-page",
    ];

    [Fact]
    public async Task EveryPage_SqliteLedger_NeverShowsItsPathFolderOrFileName()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"defacto-private-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "confidential-ledger.db");
        try
        {
            using (var ledger = new LedgerFile())
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Copy(ledger.Path, path);
            }

            await using var factory = new ConfiguredLedgerFactory(path);
            await AssertNoneShows(factory, [path, folder, Path.GetFileName(folder), "confidential-ledger"]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task EveryPage_PostgresLedger_NeverShowsItsHostDatabaseUserOrPassword()
    {
        var description = "ledger " + LedgerLocation.Parse(PostgresConnection).Display;
        Assert.Contains("pg-ledger.internal.example", description, StringComparison.Ordinal);
        await using var factory = new WebFactory(() => new FixedEvidenceSource(TestData.Bundled, description));

        await AssertNoneShows(factory, ["pg-ledger", "internal.example", "47193", "secretledger", "ledgerowner", "hunter2"]);
    }

    [Fact]
    public async Task ServerError_LedgerUnreadable_NeitherPageNorProblemNamesTheLedger()
    {
        var path = Path.Combine(Path.GetTempPath(), "defacto-secret-folder", "unreadable-ledger.db");
        await using var factory = new WebFactory(() => new FailingEvidenceSource(path));
        using var client = factory.CreateClient();

        foreach (var (url, accept) in new[] { ("/", "text/html"), ("/api/territories/abkhazia/assessment", "application/json") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.Accept.ParseAdd(accept);
            using var response = await client.SendAsync(request, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.DoesNotContain("defacto-secret-folder", body, StringComparison.Ordinal);
            Assert.DoesNotContain("disk I/O", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Host")]
    [InlineData("X-Forwarded-Host")]
    public async Task OpenApi_SpoofedHost_EveryServerUrlIsRelative(string header)
    {
        await using var factory = new WebFactory(() => new FixedEvidenceSource(TestData.Bundled, "bundled"));
        using var client = factory.CreateClient();

        foreach (var url in new[] { "/openapi/v1.json", "/scalar/" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            if (header == "Host")
            {
                request.Headers.Host = "evil.example";
            }
            else
            {
                request.Headers.Add(header, "evil.example");
                request.Headers.Add("X-Forwarded-Proto", "https");
            }

            using var response = await client.SendAsync(request, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("evil.example", body, StringComparison.OrdinalIgnoreCase);
            if (url.EndsWith(".json", StringComparison.Ordinal))
            {
                using var document = JsonDocument.Parse(body);
                var servers = document.RootElement.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()!).ToList();
                Assert.NotEmpty(servers);
                Assert.All(servers, s => Assert.True(s.StartsWith('/') && !s.StartsWith("//", StringComparison.Ordinal), $"server url '{s}' is not relative"));
            }
        }
    }

    private static async Task AssertNoneShows(WebApplicationFactory<Program> factory, IReadOnlyList<string> secrets)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/json;q=0.9,*/*;q=0.8");
        var read = 0;
        foreach (var url in Urls)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            Assert.True(body.Length > 100, $"{url}: a body of {body.Length} characters");
            foreach (var secret in secrets)
            {
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} shows '{secret}'");
            }

            read++;
        }

        Assert.Equal(Urls.Count(), read);
    }

    /// <summary>The app as <c>defacto serve --ledger PATH</c> runs it: the ledger opened from configuration, not replaced by a test source.</summary>
    private sealed class ConfiguredLedgerFactory(string ledger) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("DeFacto:Ledger", ledger);
            builder.UseSetting("DeFacto:WarmCache", "false");
            builder.UseSetting("DeFacto:ComputationsPerMinute", "0");
        }
    }
}
