using System.Net;
using DeFacto.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeFacto.Web.Tests.Security;

public sealed class ReviewTests(LedgerFactory factory) : IClassFixture<LedgerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Review_Anonymous_RedirectsToSignIn()
    {
        using var client = Client();
        using var response = await client.GetAsync(new Uri("/review", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_Is400AndSetsNoCookie()
    {
        using var client = Client();
        using var response = await SignIn(client, "ana", "wrong");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("defacto.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Review_CoderAccepts_CandidateBecomesEvidence()
    {
        using var client = Client();
        (await SignIn(client, "cody", TestUsers.Password)).Dispose();
        var id = factory.Pending[0];

        using var accepted = await Post(client, $"/review?handler=Accept&id={id}", []);
        var queue = await client.GetStringAsync(new Uri("/review", UriKind.Relative), Ct);
        var assessment = await client.GetStringAsync(new Uri("/api/territories/transnistria/assessment?asOf=2024-06-30", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.DoesNotContain($"id=\"candidate-{id}\"", queue, StringComparison.Ordinal);
        Assert.Contains($"Accepted candidate {id}", queue, StringComparison.Ordinal);
        Assert.Contains("some 60 per cent hold Russian passports", assessment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_EditorEditsThenAccepts_TheEditIsKept()
    {
        using var client = Client();
        (await SignIn(client, "ana", TestUsers.Password)).Dispose();
        var id = factory.Pending[1];

        using var accepted = await Post(client, $"/review?handler=Edit&id={id}", [new("form.Value", "62-68"), new("form.AsOf", "2025-02-01")]);
        var assessment = await client.GetStringAsync(new Uri("/api/territories/transnistria/assessment?asOf=2025-03-01", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("\"valueText\": \"62–68\"", assessment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_ViewerPosts_IsRefusedAndTheCandidateStays()
    {
        using var client = Client();
        (await SignIn(client, "vic", TestUsers.Password)).Dispose();
        var id = factory.Pending[2];

        using var response = await Post(client, $"/review?handler=Reject&id={id}", []);
        var queue = await client.GetStringAsync(new Uri("/review", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains($"id=\"candidate-{id}\"", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_PostWithoutAntiforgeryToken_Is400()
    {
        using var client = Client();
        (await SignIn(client, "ana", TestUsers.Password)).Dispose();

        using var content = new FormUrlEncodedContent([]);
        using var response = await client.PostAsync(new Uri($"/review?handler=Reject&id={factory.Pending[2]}", UriKind.Relative), content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> SignIn(HttpClient client, string name, string password) =>
        await Post(client, "/signin", [new("Name", name), new("Password", password)], "/signin");

    private static async Task<HttpResponseMessage> Post(HttpClient client, string url, List<KeyValuePair<string, string>> fields, string formPage = "/review")
    {
        var page = await client.GetStringAsync(new Uri(formPage, UriKind.Relative), Ct);
        fields.Add(new("__RequestVerificationToken", Html.Token(page)));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
    }
}
