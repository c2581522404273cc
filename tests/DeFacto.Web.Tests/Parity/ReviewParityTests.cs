using System.Net;
using DeFacto.Core.Evidence;
using DeFacto.Core.Time;
using DeFacto.Storage.Candidates;
using DeFacto.Web.Evidence;
using DeFacto.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeFacto.Web.Tests.Parity;

/// <summary>The CLI's review prompt and the web review form refuse and accept the same edit values.</summary>
public sealed class ReviewParityTests
{
    private static readonly string[] Values =
    [
        "90", "62-68", "30–40", "30—40", "30000–40000", "30,000-40,000", "-5", "250", "1e3",
        "70-60", "12 apples", "yes", "60–", "40 - 50",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EditValue_CliAndWeb_AcceptAndRefuseTheSame()
    {
        using var ledger = new LedgerFile();
        // e(dit), the value, then keep the other six fields, then q(uit) if the prompt comes back.
        var cli = Values.ToDictionary(v => v, v => AcceptedByCli(ledger, $"e\n{v}\n\n\n\n\n\n\nq\n"));

        using var webLedger = ledger.Copy();
        var ids = AddCandidates(webLedger, Values.Length);
        await using var factory = new WebFactory(() => new LedgerEvidenceSource(webLedger.Open()));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await Post(client, "/signin", [new("Name", "cody"), new("Password", TestUsers.Password)], "/signin")).Dispose();
        var web = new Dictionary<string, bool>();
        foreach (var (value, id) in Values.Zip(ids))
        {
            using var response = await Post(client, $"/review?handler=Edit&id={id}", [new("form.Value", value)]);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{value}: HTTP {(int)response.StatusCode}");
            web[value] = response.StatusCode == HttpStatusCode.Redirect;
        }

        Assert.Equal(cli, web);
        Assert.True(cli["30–40"], "the range with an en dash is accepted");
        Assert.False(cli["30000–40000"], "a range outside the share's 0–100 is refused");
        Assert.False(cli["-5"], "a negative share is refused");
        Assert.False(cli["70-60"], "a backwards range is refused");
    }

    // Every qualifier the codebook lists (stated included) and two it does not.
    private static readonly string[] Qualifiers = ["stated", "official", "estimate", "approximate", "claimed", "disputed", "rumoured", "STATED"];

    [Fact]
    public async Task EditQualifier_CliAndWeb_AcceptTheCodebooksQualifiers()
    {
        using var ledger = new LedgerFile();

        // e(dit), keep value, status, as-of, territory and indicator, give the qualifier, keep the note, then q(uit).
        var cli = Qualifiers.ToDictionary(q => q, q => AcceptedByCli(ledger, $"e\n\n\n\n\n\n{q}\n\nq\n"));

        using var webLedger = ledger.Copy();
        var ids = AddCandidates(webLedger, Qualifiers.Length);
        await using var factory = new WebFactory(() => new LedgerEvidenceSource(webLedger.Open()));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await Post(client, "/signin", [new("Name", "cody"), new("Password", TestUsers.Password)], "/signin")).Dispose();
        var web = new Dictionary<string, bool>();
        foreach (var (qualifier, id) in Qualifiers.Zip(ids))
        {
            using var response = await Post(client, $"/review?handler=Edit&id={id}", [new("form.Qualifier", qualifier)]);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{qualifier}: HTTP {(int)response.StatusCode}");
            web[qualifier] = response.StatusCode == HttpStatusCode.Redirect;
        }

        Assert.Equal(cli, web);
        using var store = webLedger.Open();
        var qualifiers = store.Load().Codebook.QualifierIds;
        Assert.Contains("stated", qualifiers);
        Assert.All(qualifiers, q => Assert.True(cli[q], $"the codebook's qualifier {q} is accepted"));
        Assert.False(cli["rumoured"], "a qualifier the codebook does not list is refused");
        Assert.True(cli["STATED"], "a qualifier is read whatever its case");
    }

    /// <summary>Answers the CLI's review prompt for one fresh candidate; true when it was accepted.</summary>
    private static bool AcceptedByCli(LedgerFile ledger, string answers)
    {
        using var copy = ledger.Copy();
        AddCandidates(copy, 1);
        var (_, output, _) = CliOnLedger.Answering(copy.Path, answers, "review");
        return output.Contains("accepted #", StringComparison.Ordinal);
    }

    private static IReadOnlyList<long> AddCandidates(LedgerFile ledger, int count)
    {
        using var store = ledger.Open();
        return store.AddCandidates(Enumerable.Range(0, count).Select(i => new NewCandidate
        {
            Territory = "transnistria",
            Indicator = "citizenship.patron_passport_share",
            Value = ObservedValue.OfPoint(60),
            Unit = "percent",
            Status = EvidenceStatus.InPlace,
            AsOf = PartialDate.Parse("2024-01-01").Value,
            DocumentName = $"report-{i}.txt",
            SpanStart = 10,
            SpanLength = 20,
            Quote = "some 60 per cent hold Russian passports",
            Confidence = 0.6,
        }));
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string url, List<KeyValuePair<string, string>> fields, string formPage = "/review")
    {
        var page = await client.GetStringAsync(new Uri(formPage, UriKind.Relative), Ct);
        fields.Add(new("__RequestVerificationToken", Html.Token(page)));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
    }
}
