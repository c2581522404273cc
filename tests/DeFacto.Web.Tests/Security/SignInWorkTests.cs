using System.Net;
using DeFacto.Web.Evidence;
using DeFacto.Web.Security;
using DeFacto.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DeFacto.Web.Tests.Security;

/// <summary>
/// docs/web.md: an unknown name costs the same hashing as a wrong password. Counted, not timed: every
/// verification sign-in makes is recorded with the iterations of the hash it was checked against.
/// </summary>
public sealed class SignInWorkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownName_DoesTheSameHashingAsAWrongPassword()
    {
        var verifier = new CountingVerifier();
        await using var factory = new CountingFactory(verifier);

        using var wrong = await SignIn(factory, "ana", "not the password");
        var known = verifier.Take();
        using var unknown = await SignIn(factory, "nobody-by-this-name", "not the password");
        var stranger = verifier.Take();

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Single(known);
        Assert.Single(stranger);
        Assert.Equal(PasswordHash.Iterations(known[0]), PasswordHash.Iterations(stranger[0]));
        Assert.Equal(WithoutValues(await wrong.Content.ReadAsStringAsync(Ct)), WithoutValues(await unknown.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public void UnknownName_IsCheckedAgainstAHashAsCostlyAsTheCostliestUser()
    {
        var verifier = new CountingVerifier();
        var users = new UserDirectory([new WebUser("ana", Roles.Editor, PasswordHash.Create("pw", 10_000)), new WebUser("bo", Roles.Coder, PasswordHash.Create("pw", 20_000))], verifier);

        Assert.Null(users.SignIn("nobody", "pw"));
        Assert.Null(users.SignIn("bo", "wrong"));
        var checkedAgainst = verifier.Take();

        Assert.Equal([20_000, 20_000], checkedAgainst.Select(PasswordHash.Iterations));
        Assert.Equal("ana", users.SignIn("ana", "pw")?.Name);
    }

    private static async Task<HttpResponseMessage> SignIn(CountingFactory factory, string name, string password)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative), Ct);
        using var form = new FormUrlEncodedContent([new("Name", name), new("Password", password), new("__RequestVerificationToken", Html.Token(page))]);
        return await client.PostAsync(new Uri("/signin", UriKind.Relative), form, Ct);
    }

    /// <summary>The real verification, with the stored hash of each call recorded.</summary>
    private sealed class CountingVerifier : PasswordVerifier
    {
        private readonly List<string> _calls = [];

        public override bool Verify(string password, string stored)
        {
            lock (_calls)
            {
                _calls.Add(stored);
            }

            return base.Verify(password, stored);
        }

        public List<string> Take()
        {
            lock (_calls)
            {
                var calls = _calls.ToList();
                _calls.Clear();
                return calls;
            }
        }
    }

    private sealed class CountingFactory(PasswordVerifier verifier) : WebFactory(() => new FixedEvidenceSource(TestData.Bundled, "bundled"))
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<PasswordVerifier>();
                services.AddSingleton(verifier);
            });
        }
    }

    /// <summary>A sign-in page without its field values (the name typed, the antiforgery token).</summary>
    private static string WithoutValues(string html) => System.Text.RegularExpressions.Regex.Replace(html, "value=\"[^\"]*\"", "value=\"\"");
}
