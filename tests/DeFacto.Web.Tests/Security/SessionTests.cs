using System.Net;
using DeFacto.Web.Security;
using DeFacto.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeFacto.Web.Tests.Security;

/// <summary>A session lives only while the users file still says the same about its user.</summary>
public sealed class SessionTests : IDisposable
{
    private readonly UsersFileFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OldCookie_AfterSignOut_NoLongerOpensTheReviewPage()
    {
        var cookie = await SignIn("ana");
        using (var before = await Get("/review", cookie))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (var review = await Get("/review", cookie))
        using (var client = Client())
        {
            var page = await review.Content.ReadAsStringAsync(Ct);
            var csrf = review.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("defacto.csrf", StringComparison.Ordinal));
            client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", csrf.Prepend(cookie)));
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", Html.Token(page))]);
            using var signedOut = await client.PostAsync(new Uri("/signout", UriKind.Relative), content, Ct);
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        using var after = await Get("/review", cookie);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demotion_InTheUsersFile_EndsTheSessionAtOnce()
    {
        var cookie = await SignIn("fay");
        using (var before = await Get("/review", cookie))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        _factory.Write(Roles.Viewer);

        using var after = await Get("/review", cookie);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task WrongPasswords_ForOneName_AreSlowedWithRetryAfter()
    {
        HttpResponseMessage? last = null;
        for (var i = 0; i < 7; i++)
        {
            last?.Dispose();
            last = await Post("/signin", "vic", "wrong");
        }

        using (last)
        {
            Assert.Equal((HttpStatusCode)429, last!.StatusCode);
            Assert.True(last.Headers.RetryAfter is not null);
        }
    }

    public void Dispose() => _factory.Dispose();

    private HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private async Task<HttpResponseMessage> Get(string url, string cookie)
    {
        using var client = Client();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
    }

    private async Task<string> SignIn(string name)
    {
        using var response = await Post("/signin", name, TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("defacto.auth", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
    }

    private async Task<HttpResponseMessage> Post(string url, string name, string password)
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative), Ct);
        using var content = new FormUrlEncodedContent([new("Name", name), new("Password", password), new("__RequestVerificationToken", Html.Token(page))]);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
    }
}
