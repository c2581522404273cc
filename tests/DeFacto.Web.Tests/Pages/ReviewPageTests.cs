using System.Net;
using DeFacto.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeFacto.Web.Tests.Pages;

/// <summary>The review page: each candidate in its context, values as people write them, and edits that survive a refusal.</summary>
public sealed class ReviewPageTests(LedgerFactory factory) : IClassFixture<LedgerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private long Troops => factory.Pending[3];

    [Fact]
    public async Task Review_Candidate_ShowsSentenceParagraphAndFormattedRange()
    {
        using var client = await SignedIn("cody");
        var page = await client.GetStringAsync(new Uri("/review", UriKind.Relative), Ct);

        Assert.Contains("The survey found that between 30,000 and 40,000 Russian troops.", page, StringComparison.Ordinal);
        Assert.Contains("Observers returned in spring.", page, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"value\">30,000–40,000 persons</dd>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"30,000–40,000\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_Sentence_MarksTheQuoteWithinIt()
    {
        using var client = await SignedIn("cody");
        var page = await client.GetStringAsync(new Uri("/review", UriKind.Relative), Ct);

        Assert.Contains("The survey found that <mark>between 30,000 and 40,000 Russian troops</mark>.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_QuoteThatLooksLikeHtml_IsMarkedAsEncodedTextWithoutHiddenCharacters()
    {
        using var client = await SignedIn("cody");
        var page = await client.GetStringAsync(new Uri("/review", UriKind.Relative), Ct);
        var card = page[page.IndexOf($"id=\"candidate-{factory.Pending[4]}\"", StringComparison.Ordinal)..];

        Assert.Contains("The survey found that <mark>&lt;b onmouseover=alert(1)&gt;50 per cent&lt;/b&gt; &amp; more</mark>.", card, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onmouseover", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-5", "", "below the least security.patron_troops admits (0 persons)")]
    [InlineData("30000", "rumour", "qualifier: 'rumour' is not one of")]
    public async Task Review_RefusedEdit_KeepsWhatWasTypedAndNamesTheCandidate(string value, string qualifier, string reason)
    {
        using var client = await SignedIn("cody");

        using var response = await Post(client, $"/review?handler=Edit&id={Troops}",
            [new("form.Value", value), new("form.Qualifier", qualifier), new("form.Quote", "as typed by the reviewer")]);
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Candidate {Troops} (security.patron_troops for abkhazia) was not accepted", page, StringComparison.Ordinal);
        Assert.Contains(reason, System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains($"name=\"form.Value\" value=\"{value}\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"as typed by the reviewer\"", page, StringComparison.Ordinal);
        Assert.Contains("<details class=\"edit-details\" open=\"open\">", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"candidate-{Troops}\"", await client.GetStringAsync(new Uri("/review", UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_ShareAbove100_IsRefusedAgainstTheCodebook()
    {
        using var client = await SignedIn("cody");

        using var response = await Post(client, $"/review?handler=Edit&id={factory.Pending[2]}", [new("form.Value", "250")]);
        var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("250 is above the most citizenship.patron_passport_share admits (100 percent)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_IdNotANumber_SaysSoInsteadOfCandidateZero()
    {
        using var client = await SignedIn("cody");

        using var response = await Post(client, "/review?handler=Reject&id=abc", []);
        var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'abc' is not a candidate number", page, StringComparison.Ordinal);
        Assert.DoesNotContain("candidate 0", page, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedIn(string name)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await Post(client, "/signin", [new("Name", name), new("Password", TestUsers.Password)], "/signin")).Dispose();
        return client;
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string url, List<KeyValuePair<string, string>> fields, string formPage = "/review")
    {
        var page = await client.GetStringAsync(new Uri(formPage, UriKind.Relative), Ct);
        fields.Add(new("__RequestVerificationToken", Html.Token(page)));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
    }
}
