using System.Text;
using DeFacto.Web.Tests.Support;

namespace DeFacto.Web.Tests.Parity;

/// <summary>
/// For every territory and every year-end from 2008 to 2026, the CLI's <c>--format json</c> and the API
/// give the same bytes (apart from the CLI's final newline) over the same ledger and the same clock.
/// </summary>
public sealed class JsonParityTests(ParityFactory factory) : IClassFixture<ParityFactory>
{
    private static readonly IReadOnlyList<string> Territories = TestData.Bundled.Registry.Territories.Select(t => t.Id).ToList();

    private static readonly IReadOnlyList<string> YearEnds = Enumerable.Range(2008, 19).Select(y => $"{y}-12-31").ToList();

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Assess_EveryTerritoryAndYearEnd_CliEqualsApi()
    {
        var mismatches = new List<string>();
        foreach (var territory in Territories)
        {
            foreach (var (date, i) in YearEnds.Select((d, i) => (d, i)))
            {
                // Both bases over the grid, alternating, so every territory and year is seen once and each basis half the time.
                var basis = (i + territory.Length) % 2 == 0 ? "practice" : "commitments";
                await Compare(mismatches, $"/api/territories/{territory}/assessment?asOf={date}&basis={basis}",
                    "assess", territory, "--as-of", date, "--basis", basis, "--format", "json");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task Timeline_EveryTerritoryWithItsDefaultYears_CliEqualsApi()
    {
        var mismatches = new List<string>();
        foreach (var territory in Territories)
        {
            foreach (var basis in new[] { "practice", "commitments" })
            {
                await Compare(mismatches, $"/api/territories/{territory}/timeline?basis={basis}", "timeline", territory, "--basis", basis, "--format", "json");
            }
        }

        await Compare(mismatches, "/api/territories/crimea/timeline?from=2008&to=2026", "timeline", "crimea", "--from", "2008", "--to", "2026", "--format", "json");
        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task Compare_AllTerritoriesAtEveryYearEnd_CliEqualsApi()
    {
        var mismatches = new List<string>();
        var query = string.Join("&", Territories.Select(t => "t=" + t));
        foreach (var date in YearEnds)
        {
            await Compare(mismatches, $"/api/compare?{query}&asOf={date}", ["compare", .. Territories, "--as-of", date, "--format", "json"]);
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task Timeline_TerritoryThatEnded_StopsAtItsEndOnBoth()
    {
        var api = await _client.GetStringAsync(new Uri("/api/territories/nagorno-karabakh/timeline", UriKind.Relative), TestContext.Current.CancellationToken);
        var cli = CliOnLedger.Run(factory.Ledger, "timeline", "nagorno-karabakh", "--format", "json").Out;

        Assert.Equal(cli.TrimEnd('\n'), api);
        Assert.DoesNotContain("\"2024-12-31\"", api, StringComparison.Ordinal);
    }

    private async Task Compare(List<string> mismatches, string url, params string[] args)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var api = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var (exit, output, error) = CliOnLedger.Run(factory.Ledger, args);
        var cli = Encoding.UTF8.GetBytes(output.EndsWith('\n') ? output[..^1] : output);
        if (exit != 0 || !response.IsSuccessStatusCode || !cli.AsSpan().SequenceEqual(api))
        {
            var at = 0;
            while (at < cli.Length && at < api.Length && cli[at] == api[at])
            {
                at++;
            }

            var from = Math.Max(0, at - 60);
            mismatches.Add($"{url} (HTTP {(int)response.StatusCode}) vs defacto {string.Join(' ', args)} (exit {exit}{(error.Length > 0 ? ": " + error.Trim() : "")}); "
                + $"first difference at byte {at}: CLI …{Encoding.UTF8.GetString(cli.AsSpan(from, Math.Min(120, cli.Length - from)))}… API …{Encoding.UTF8.GetString(api.AsSpan(from, Math.Min(120, Math.Max(0, api.Length - from))))}…");
        }
    }
}
