using System.Net;
using DeFacto.Web.Evidence;
using DeFacto.Web.Tests.Support;

namespace DeFacto.Web.Tests.Security;

public sealed class SignInLimitTests
{
    [Fact]
    public async Task SignIn_ManyAttempts_AreThrottled()
    {
        await using var factory = new WebFactory(() => new FixedEvidenceSource(TestData.Bundled, "bundled"));
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 32; i++)
        {
            using var response = await client.GetAsync(new Uri("/signin", UriKind.Relative), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
