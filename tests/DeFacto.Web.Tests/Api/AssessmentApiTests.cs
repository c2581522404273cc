using System.Net;
using System.Text.Json;
using DeFacto.Cli;
using DeFacto.Tests;
using DeFacto.Web.Evidence;
using DeFacto.Web.Tests.Support;

namespace DeFacto.Web.Tests.Api;

public sealed class AssessmentApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Assessment_QueryArguments_AreTheOnesAssessed()
    {
        // What the assessment is (its numbers) is the CLI parity test's business; this one checks the API reads
        // its query as asked: territory, date, basis, and the codebook's default draws and seed.
        var body = await _client.GetStringAsync(new Uri("/api/territories/south-ossetia/assessment?asOf=2015-06-30&basis=commitments", UriKind.Relative), TestContext.Current.CancellationToken);

        var json = JsonDocument.Parse(body).RootElement;
        var codebook = TestData.Bundled.Codebook;
        Assert.Equal(("south-ossetia", "2015-06-30", "commitments"),
            (json.GetProperty("territory").GetString(), json.GetProperty("asOf").GetString(), json.GetProperty("basis").GetString()));
        Assert.Equal((codebook.DefaultDraws, (long)codebook.DefaultSeed),
            (json.GetProperty("monteCarlo").GetProperty("draws").GetInt32(), json.GetProperty("monteCarlo").GetProperty("seed").GetInt64()));
    }

    [Fact]
    public async Task Assessment_SameRequest_EqualsCliJson()
    {
        using var bundled = new WebFactory(() => new FixedEvidenceSource(TestData.Bundled, "bundled"));
        using var client = bundled.CreateClient();
        var body = await client.GetStringAsync(new Uri("/api/territories/abkhazia/assessment?asOf=2016&basis=practice", UriKind.Relative), TestContext.Current.CancellationToken);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, TimeProvider.System, _ => null);
        var exit = CliApp.Run(["assess", "abkhazia", "--as-of", "2016", "--basis", "practice", "--format", "json", "--data", RepoPaths.Data], context);

        Assert.Equal(0, exit);
        Assert.Equal(output.ToString().TrimEnd('\n'), body);
    }

    [Fact]
    public async Task Assessment_ByName_ResolvesTheTerritory()
    {
        using var response = await _client.GetAsync(new Uri("/api/territories/South%20Ossetia/assessment?asOf=2015", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("south-ossetia", json.RootElement.GetProperty("territory").GetString());
        Assert.Equal("2015-12-31", json.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Assessment_UnknownTerritory_Returns404ProblemWithSuggestion()
    {
        using var response = await _client.GetAsync(new Uri("/api/territories/south-osetia/assessment", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("did you mean south-ossetia", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("south-ossetia", json.RootElement.GetProperty("suggestions")[0].GetString());
    }

    [Fact]
    public async Task Assessment_State_Returns404SayingItIsAState()
    {
        using var response = await _client.GetAsync(new Uri("/api/territories/russia/assessment", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("is a state, not a territory", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("asOf=2015-13-01", "no month 13")]
    [InlineData("asOf=2015-02-30", "has 28 days")]
    [InlineData("asOf=yesterday", "is not a date")]
    [InlineData("basis=hopes", "practice")]
    public async Task Assessment_BadQuery_Returns400WithTheReason(string query, string reason)
    {
        using var response = await _client.GetAsync(new Uri("/api/territories/abkhazia/assessment?" + query, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(reason, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
