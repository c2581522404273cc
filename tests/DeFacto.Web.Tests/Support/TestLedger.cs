using DeFacto.Core.Evidence;
using DeFacto.Core.Time;
using DeFacto.Storage;
using DeFacto.Storage.Candidates;
using DeFacto.Tests;

namespace DeFacto.Web.Tests.Support;

/// <summary>A fresh SQLite ledger with the bundled dataset, an accepted hostile quote, and candidates waiting for review.</summary>
internal static class TestLedger
{
    public static ILedgerStore Create(out IReadOnlyList<long> pending, out string path)
    {
        path = Path.Combine(Path.GetTempPath(), "defacto-web-tests", Guid.NewGuid().ToString("N") + ".db");
        var store = LedgerStore.Open(path, TimeProvider.System);
        store.MergeBundled(RepoPaths.Data);
        var hostile = store.AddCandidates([Candidate("south-ossetia", 95, "2021-06-01", TestData.HostileQuote)])[0];
        _ = store.Review(hostile, ReviewDecision.Accept, null, "fixture").Value;
        pending = store.AddCandidates(
        [
            Candidate("transnistria", 60, "2024-01-01", "some 60 per cent hold Russian passports"),
            Candidate("transnistria", 65, "2025-01-01", "about 65 per cent hold Russian passports"),
            Candidate("transnistria", 70, "2025-06-01", "70 per cent hold Russian passports"),
            Candidate("abkhazia", 0, "2024-06-01", "between 30,000 and 40,000 Russian troops") with
            {
                Indicator = "security.patron_troops",
                Value = ObservedValue.OfInterval(30000, 40000),
                Unit = "persons",
            },
            Candidate("transnistria", 50, "2023-01-01", HtmlQuote, hidden: "\u202E"),
        ]);
        return store;
    }

    /// <summary>A quote that looks like markup, for the pages to show as text.</summary>
    public const string HtmlQuote = "<b onmouseover=alert(1)>50 per cent</b> & more";

    /// <summary>
    /// A candidate found in a sentence of a paragraph, offsets as the extractor records them (the quote's span,
    /// the sentence and the paragraph counted in the document); <paramref name="hidden"/> goes before the quote.
    /// </summary>
    private static NewCandidate Candidate(string territory, double share, string asOf, string quote, string hidden = "")
    {
        const string before = "Observers returned in spring. ";
        var sentence = $"The survey found that {hidden}{quote}.";
        var paragraph = $"{before}{sentence} Officials did not comment.";
        return Candidate(territory, share, asOf, quote, before.Length + sentence.IndexOf(quote, StringComparison.Ordinal)) with
        {
            Sentence = new CandidatePassage(sentence, before.Length, sentence.Length),
            Paragraph = new CandidatePassage(paragraph, 0, paragraph.Length),
        };
    }

    private static NewCandidate Candidate(string territory, double share, string asOf, string quote, int spanStart) => new()
    {
        Territory = territory,
        Indicator = "citizenship.patron_passport_share",
        Value = ObservedValue.OfPoint(share),
        Unit = "percent",
        Status = EvidenceStatus.InPlace,
        Qualifier = "estimate",
        AsOf = PartialDate.Parse(asOf).Value,
        DocumentName = "field-report.txt",
        DocumentTitle = "Field report",
        SpanStart = spanStart,
        SpanLength = quote.Length,
        Quote = quote,
        Confidence = 0.6,
    };
}
