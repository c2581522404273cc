using DeFacto.Core.Evidence;
using DeFacto.Dataset;
using DeFacto.Dataset.Writing;
using DeFacto.Storage.Candidates;
using DeFacto.Storage.Tests.Providers;

namespace DeFacto.Storage.Tests;

/// <summary>Nothing lost, nothing twice: accepting, reviewing, importing, exporting and backing up, on every database.</summary>
public abstract class LedgerIntegrityTests(LedgerFixture fixture) : IDisposable
{
    private readonly List<string> _folders = [];

    [Fact]
    public void Keep_SameDocumentAcceptedTwice_StoresItsFactsOnce()
    {
        using var store = Bundled();
        var facts = Facts("grip.txt", "content of grip");
        var before = Count(store);

        var first = store.Keep(facts, 0, "coder");
        var second = store.Keep(facts, 0, "coder");

        Assert.Equal((2, 0, 2), (first.Added, first.AlreadyKept, first.Accepted.Count));
        Assert.Equal((0, 2, 0), (second.Added, second.AlreadyKept, second.Accepted.Count));
        Assert.Equal(before + 2, Count(store));
    }

    [Fact]
    public void Keep_AfterAnEarlierKeepWithoutAccept_AcceptsThePendingOnesOnce()
    {
        using var store = Bundled();
        var facts = Facts("grip.txt", "content of grip");
        var before = Count(store);

        store.Keep(facts, null, "coder");
        var accepting = store.Keep(facts, 0, "coder");

        Assert.Equal(2, accepting.Accepted.Count);
        Assert.Empty(store.PendingCandidates());
        Assert.Equal(before + 2, Count(store));
    }

    [Fact]
    public void Keep_OneFactWithoutDate_LeavesItPendingAndAcceptsTheRest()
    {
        using var store = Bundled();
        var facts = Facts("mixed.txt", "mixed content").ToList();
        facts[1] = facts[1] with { AsOf = null };

        var report = store.Keep(facts, 0, "coder");

        Assert.Single(report.Accepted);
        Assert.Contains("no date", Assert.Single(report.LeftForReview).Reason, StringComparison.Ordinal);
        Assert.Single(store.PendingCandidates());
    }

    [Fact]
    public void Keep_DocumentNamedLikeABundledSource_GetsASourceOfItsOwn()
    {
        using var store = Bundled();
        var bundled = TestData.Bundled.Ledger.Sources[0];
        var facts = Facts(bundled.Id + ".txt", "a different text");

        var report = store.Keep(facts, 0, "coder");

        var source = report.Accepted[0].Observation!.Source;
        Assert.NotEqual(bundled.Id, source);
        Assert.StartsWith("doc-", source, StringComparison.Ordinal);
        Assert.Equal(bundled.Title, store.Load().Ledger.FindSource(bundled.Id)!.Title);
    }

    [Fact]
    public void Keep_TwoDocumentsWithOneName_AreTwoSources_AndOneDocumentUnderTwoNamesIsOne()
    {
        using var store = Bundled();

        var a = store.Keep(Facts("stdin", "first text"), 0, "coder").Accepted[0].Observation!.Source;
        var b = store.Keep(Facts("stdin", "second text"), 0, "coder").Accepted[0].Observation!.Source;
        var c = store.Keep(Facts("copy-of-first.txt", "first text"), 0, "coder");

        Assert.NotEqual(a, b);
        Assert.Empty(c.Accepted);
        Assert.Equal(2, c.AlreadyKept);
    }

    [Fact]
    public void Keep_DocumentNamedLikeAnObservation_LeavesTheLedgerValid()
    {
        using var store = Bundled();
        var observation = TestData.Bundled.Ledger.CodedObservations[0].Id;

        store.Keep(Facts(observation + ".txt", "clash"), 0, "coder");

        var folder = NewFolder();
        store.Export(folder);
        Assert.True(DatasetReader.Load(folder).Ok);
    }

    [Fact]
    public void Review_AcceptAndRejectTheSameCandidate_IsRefusedWhole()
    {
        using var store = Bundled();
        var ids = store.AddCandidates(Facts("doc.txt", "text"));

        var refused = store.Review(new ReviewRequest([ids[0], ids[1]], [ids[0]]), "coder").Refusal;

        Assert.Equal(ReviewRefusalKind.BadRequest, refused?.Kind);
        Assert.Contains("both accepted and rejected", refused?.Message, StringComparison.Ordinal);
        Assert.Equal(2, store.PendingCandidates().Count);
    }

    [Fact]
    public void Review_OneCandidateCannotBeAccepted_NothingIsApplied()
    {
        using var store = Bundled();
        var facts = Facts("doc.txt", "text").ToList();
        facts[1] = facts[1] with { AsOf = null };
        var ids = store.AddCandidates(facts);
        var before = Count(store);

        var refused = store.Review(new ReviewRequest([ids[0], ids[1]], []), "coder").Refusal;

        Assert.Equal(ReviewRefusalKind.CannotAccept, refused?.Kind);
        Assert.Contains("has no date", refused?.Message, StringComparison.Ordinal);

        Assert.Equal(2, store.PendingCandidates().Count);
        Assert.Equal(before, Count(store));
    }

    [Fact]
    public void Review_UnknownId_IsRefusedBeforeAnythingIsApplied()
    {
        using var store = Bundled();
        var ids = store.AddCandidates(Facts("doc.txt", "text"));

        Assert.Equal(ReviewRefusalKind.BadRequest, store.Review(new ReviewRequest([ids[0]], [999_999]), "coder").Refusal?.Kind);

        Assert.Equal(2, store.PendingCandidates().Count);
    }

    [Theory]
    [InlineData("territories.yaml", "territories", "transnistria", "territory 'transnistria'")]
    [InlineData("codebook.yaml", "indicators", "finance.currency", "indicator 'finance.currency'")]
    public void Import_FolderDroppingSomethingInUse_IsRefusedWithWhatWouldBeOrphaned(string file, string list, string id, string named)
    {
        using var store = Bundled();
        var folder = NewFolder();
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(TestData.DataDirectory, "codebook.yaml"), Path.Combine(folder, "codebook.yaml"));
        File.Copy(Path.Combine(TestData.DataDirectory, "territories.yaml"), Path.Combine(folder, "territories.yaml"));
        YamlEdit.DropListEntry(Path.Combine(folder, file), list, id);
        var read = DatasetReader.Load(folder);
        Assert.True(read.Ok, string.Join("\n", read.Problems));
        var before = TestData.Snapshot(store.Load());

        var refused = Assert.Throws<LedgerImportException>(() => store.Import(read.Dataset!, "user", DatasetDocuments.FromDirectory(folder)));

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, TestData.Snapshot(store.Load()));
    }

    [Fact]
    public void Backup_ExistingFile_IsRefusedUnlessOverwriteIsAsked()
    {
        using var store = Bundled();
        var file = Path.Combine(NewFolder(), "notes.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "mine");

        Assert.Throws<LedgerException>(() => store.Backup(file));
        Assert.Equal("mine", File.ReadAllText(file));

        store.Backup(file, overwrite: true);
        using var copy = LedgerFixture.Open(file);
        Assert.Equal(TestData.Snapshot(store.Load()), TestData.Snapshot(copy.Load()));
        Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(file)!), f => f.Contains(".backup-", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_IntoAnEarlierExport_KeepsEveryFileItDidNotWrite()
    {
        using var store = Bundled();
        var folder = NewFolder();
        store.Export(folder);
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        File.WriteAllText(Path.Combine(folder, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(folder, "NOTES.md"), "my notes\n");
        File.WriteAllText(Path.Combine(folder, "evidence", "mine.yaml"), "territory: crimea\n");

        store.Export(folder);

        Assert.Equal("ref: refs/heads/main\n", File.ReadAllText(Path.Combine(folder, ".git", "HEAD")));
        Assert.Equal("my notes\n", File.ReadAllText(Path.Combine(folder, "NOTES.md")));
        Assert.Equal("territory: crimea\n", File.ReadAllText(Path.Combine(folder, "evidence", "mine.yaml")));
    }

    [Fact]
    public void Export_OverItsOwnEarlierExport_GivesExactlyTheLedgerNow()
    {
        using var before = Bundled();
        before.Import(TestData.Only([TestData.Observation("mine-1", 12)]), "user");
        var folder = NewFolder();
        before.Export(folder);
        using var now = Bundled();

        now.Export(folder);

        var read = DatasetReader.Load(folder);
        Assert.True(read.Ok, string.Join("\n", read.Problems));
        Assert.Equal(now.Load().Ledger.CodedObservations.Select(o => o.Id).Order(StringComparer.Ordinal),
            read.Dataset!.Ledger.CodedObservations.Select(o => o.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Export_ForeignFileWhereADatasetFileGoes_IsRefusedAndUntouched()
    {
        using var store = Bundled();
        var folder = NewFolder();
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "codebook.yaml"), "not mine\n");

        var refused = Assert.Throws<LedgerException>(() => store.Export(folder));

        Assert.Contains("codebook.yaml", refused.Message, StringComparison.Ordinal);
        Assert.Equal("not mine\n", File.ReadAllText(Path.Combine(folder, "codebook.yaml")));
        Assert.Single(Directory.GetFileSystemEntries(folder));
    }

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Two facts from one document (its content gives its identity), dated and codable.</summary>
    internal static IReadOnlyList<NewCandidate> Facts(string name, string content)
    {
        var fact = new NewCandidate
        {
            Territory = "abkhazia",
            Indicator = "citizenship.patron_passport_share",
            Value = ObservedValue.OfPoint(80),
            Unit = "percent",
            Status = EvidenceStatus.InPlace,
            Qualifier = "estimate",
            AsOf = Core.Time.PartialDate.Parse("2016").Value,
            DocumentName = name,
            DocumentTitle = "A report",
            DocumentHash = DocumentHash.Of(content),
            SpanStart = 120,
            SpanLength = 24,
            Quote = "about 80 per cent hold passports",
            Confidence = 0.6,
        };
        return [fact, fact with { SpanStart = 400, Value = ObservedValue.OfPoint(81) }];
    }

    private ILedgerStore Bundled()
    {
        var store = fixture.OpenFresh();
        store.MergeBundled(TestData.DataDirectory);
        return store;
    }

    private static int Count(ILedgerStore store) => store.Load().Ledger.CodedObservations.Count;

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "defacto-integrity-test-" + Guid.NewGuid().ToString("N"), "out");
        _folders.Add(Path.GetDirectoryName(folder)!);
        return folder;
    }
}
