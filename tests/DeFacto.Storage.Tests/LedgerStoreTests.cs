using CsCheck;
using DeFacto.Core.Evidence;
using DeFacto.Dataset;
using DeFacto.Dataset.Writing;
using DeFacto.Storage.Candidates;
using DeFacto.Storage.Schema;
using DeFacto.Storage.Tests.Providers;

namespace DeFacto.Storage.Tests;

/// <summary>One suite for every database: each concrete class runs it on its own provider.</summary>
public abstract class LedgerStoreTests(LedgerFixture fixture) : IDisposable
{
    private readonly List<string> _folders = [];

    protected virtual int PropertyIterations => 12;

    [Fact]
    public void Open_FreshDatabase_AppliesMigrations()
    {
        var location = fixture.NewLocation();
        using (var store = LedgerFixture.Open(location))
        {
            var info = store.Info();
            Assert.Equal(SchemaMigrator.Latest, info.SchemaVersion);
            Assert.All(info.Records.Values, count => Assert.Equal(0, count));
            Assert.Null(info.BundleHash);
        }

        using var again = LedgerFixture.Open(location);
        Assert.Equal(SchemaMigrator.Latest, again.Info().SchemaVersion);
    }

    [Fact]
    public void MergeBundled_NewLedger_HoldsTheBundleAndIsThenUpToDate()
    {
        using var store = fixture.OpenFresh();

        var first = store.MergeBundled(TestData.DataDirectory);
        var second = store.MergeBundled(TestData.DataDirectory);

        Assert.True(first.Created);
        Assert.Equal(TestData.Bundled.Ledger.CodedObservations.Count, first.Kinds.Single(k => k.Kind == "observations").Added);
        Assert.True(second.UpToDate);
        Assert.Equal(TestData.Snapshot(TestData.Bundled), TestData.Snapshot(store.Load()));
        Assert.Equal(TestData.Documents, store.Documents());
    }

    [Fact]
    public void MergeBundled_SameListing_ReadsNoFile_NewListingComparesContent()
    {
        var folder = NewFolder();
        foreach (var file in Directory.EnumerateFiles(TestData.DataDirectory, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(TestData.DataDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        using var store = fixture.OpenFresh();
        Assert.True(store.MergeBundled(folder).Created);

        // Same listing (name, size, time): the files are not read, so a broken codebook of the same size goes unseen.
        var codebook = Path.Combine(folder, "codebook.yaml");
        var written = File.GetLastWriteTimeUtc(codebook);
        File.WriteAllText(codebook, new string('x', (int)new FileInfo(codebook).Length));
        File.SetLastWriteTimeUtc(codebook, written);
        Assert.True(store.MergeBundled(folder).UpToDate);

        // A new time: the content is compared, found changed and read, and its problem is reported.
        File.SetLastWriteTimeUtc(codebook, written.AddMinutes(1));
        var error = Assert.Throws<LedgerException>(() => store.MergeBundled(folder));
        Assert.Contains("codebook", error.Message, StringComparison.Ordinal);

        // Touched but the same content: up to date, and the new listing is remembered.
        File.Copy(Path.Combine(TestData.DataDirectory, "codebook.yaml"), codebook, overwrite: true);
        File.SetLastWriteTimeUtc(codebook, written.AddMinutes(2));
        Assert.True(store.MergeBundled(folder).UpToDate);
        File.WriteAllText(codebook, new string('x', (int)new FileInfo(codebook).Length));
        File.SetLastWriteTimeUtc(codebook, written.AddMinutes(2));
        Assert.True(store.MergeBundled(folder).UpToDate);
    }

    [Fact]
    public void Load_KeepsASnapshot_ThatAnyWriteRetires()
    {
        var location = fixture.NewLocation();
        using var store = LedgerFixture.Open(location);
        store.MergeBundled(TestData.DataDirectory);
        var fromRows = TestData.Whole(store.Load());
        Assert.Equal(1L, LedgerSql.Scalar(location, "SELECT COUNT(*) FROM snapshot s JOIN ledger_state l ON s.version = l.version"));

        // The second load is the snapshot's, and it is the same dataset.
        Assert.Equal(fromRows, TestData.Whole(store.Load()));

        // A write through the store: the counter moves on, the old snapshot no longer counts.
        store.Import(TestData.With([TestData.Observation("after-snapshot", 77)]), "user");
        Assert.Equal(0L, LedgerSql.Scalar(location, "SELECT COUNT(*) FROM snapshot s JOIN ledger_state l ON s.version = l.version"));
        Assert.Contains(store.Load().Ledger.CodedObservations, o => o.Id == "after-snapshot");

        // A write by hand, outside this program: the triggers count it too.
        LedgerSql.Execute(location, "UPDATE observations SET locator = 'by hand' WHERE id = 'after-snapshot'");
        Assert.Equal("by hand", store.Load().Ledger.CodedObservations.Single(o => o.Id == "after-snapshot").Locator);

        // A damaged snapshot is set aside: the rows are read and a good snapshot replaces it.
        using (var connection = LedgerSql.Connect(location))
        {
            LedgerSql.Execute(connection, "UPDATE snapshot SET data = @data", new Dictionary<string, object> { ["data"] = new byte[] { 1, 2, 3 } });
        }

        var reread = store.Load();
        Assert.Equal("by hand", reread.Ledger.CodedObservations.Single(o => o.Id == "after-snapshot").Locator);
        Assert.Equal(TestData.Whole(reread), TestData.Whole(store.Load()));
    }

    [Fact]
    public void Migrated_EveryCountedTable_HasItsThreeTriggers()
    {
        // A later migration that rebuilds a table (as SQLite does for some changes) drops its triggers with it;
        // without them the change counter would miss writes and a stale snapshot would be read.
        var location = fixture.NewLocation();
        using (LedgerFixture.Open(location))
        {
        }

        var postgres = Connections.LedgerLocation.Parse(location).Provider == Connections.LedgerProvider.PostgreSql;
        foreach (var table in M202612010004Snapshot.CountedTables)
        {
            var sql = postgres
                ? $"SELECT COUNT(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relname = '{table}' AND t.tgname LIKE '%_counts'"
                : $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '{table}' AND name LIKE '%_counts'";
            Assert.True(LedgerSql.Scalar(location, sql) == 3, $"{table} lacks a change-counting trigger");
        }
    }

    [Fact]
    public void ImportExportImport_GeneratedObservations_GivesTheSameLedger()
    {
        ObservationGen.Many(TestData.Bundled, 25).Sample(observations =>
        {
            var data = TestData.With(observations);
            using var first = fixture.OpenFresh();
            first.Import(data, "user", TestData.Documents);
            var folder = NewFolder();
            first.Export(folder);

            var reread = DatasetReader.Load(folder);
            Assert.Empty(reread.Problems);
            using var second = fixture.OpenFresh();
            second.Import(reread.Dataset!, "user", DatasetDocuments.FromDirectory(folder));

            Assert.Equal(TestData.Snapshot(first.Load()), TestData.Snapshot(second.Load()));
            Assert.Equal(TestData.Snapshot(data), TestData.Snapshot(second.Load()));
        }, iter: PropertyIterations, threads: 1);
    }

    [Fact]
    public void Import_SameDataTwice_ChangesNothing()
    {
        using var store = fixture.OpenFresh();
        var data = TestData.With([TestData.Observation("mine-1", 91)]);
        var first = store.Import(data, "user", TestData.Documents);
        var before = (TestData.Snapshot(store.Load()), store.Info());

        var second = store.Import(data, "user", TestData.Documents);

        Assert.True(first.ChangedAnything);
        Assert.False(second.ChangedAnything);
        Assert.Equal(first.Added, second.Unchanged);
        var after = (TestData.Snapshot(store.Load()), store.Info());
        Assert.Equal(before.Item1, after.Item1);
        Assert.Equal(before.Item2.Records, after.Item2.Records);
    }

    [Fact]
    public void Import_OneBadRecord_ChangesNothingAndNamesIt()
    {
        using var store = fixture.OpenFresh();
        store.MergeBundled(TestData.DataDirectory);
        var before = TestData.Snapshot(store.Load());
        var good = Enumerable.Range(0, 5).Select(i => TestData.Observation($"good-{i}", 50 + i));
        var bad = TestData.Observation("bad-one", 70, source: "no-such-source");

        var error = Assert.Throws<LedgerImportException>(() => store.Import(TestData.With([.. good, bad]), "user"));

        Assert.Contains(error.Problems, p => p.Contains("bad-one", StringComparison.Ordinal) && p.Contains("no-such-source", StringComparison.Ordinal));
        Assert.Single(error.Problems);
        Assert.Equal(before, TestData.Snapshot(store.Load()));
    }

    [Fact]
    public async Task Import_TwoConcurrentWriters_LoseNothing()
    {
        var location = fixture.NewLocation();
        using (var setup = LedgerFixture.Open(location))
        {
            setup.MergeBundled(TestData.DataDirectory);
        }

        const int batches = 4, perBatch = 50;
        Task Writer(string name) => Task.Run(() =>
        {
            using var store = LedgerFixture.Open(location);
            for (var b = 0; b < batches; b++)
            {
                var batch = Enumerable.Range(0, perBatch).Select(i => TestData.Observation($"{name}-{b}-{i}", i));
                store.Import(TestData.Only(batch), "user");
            }
        });

        await Task.WhenAll(Writer("alpha"), Writer("beta"));

        using var check = LedgerFixture.Open(location);
        var ids = check.Load().Ledger.CodedObservations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(TestData.Bundled.Ledger.CodedObservations.Count + (2 * batches * perBatch), ids.Count);
        Assert.Contains("alpha-3-49", ids);
        Assert.Contains("beta-3-49", ids);
    }

    [Fact]
    public void MergeBundled_NewerBundle_NeverTouchesUserRecords()
    {
        var bundled = TestData.Bundled.Ledger.CodedObservations;
        var (edited, changed, dropped) = (bundled[0], bundled[1], bundled[2]);
        var oldBundle = NewFolder();
        DatasetWriter.Write(TestData.Bundled, TestData.Documents, oldBundle);
        using var store = fixture.OpenFresh();
        store.MergeBundled(oldBundle);
        var mine = TestData.Observation("mine-1", 42);
        var myEdit = edited with { Note = "my correction" };
        store.Import(TestData.Only([mine, myEdit]), "user");

        // The next release changes two observations (one the user had edited), drops one and adds one.
        var added = TestData.Observation("bundled-new", 77);
        var next = TestData.With([edited with { Note = "release note" }, changed with { Confidence = 0.42 }, added]);
        next = next with { Ledger = new Ledger(next.Ledger.Sources, next.Ledger.CodedObservations.Where(o => o.Id != dropped.Id), next.Ledger.CodedEvents, next.Ledger.Treaties) };
        var newBundle = NewFolder();
        DatasetWriter.Write(next, TestData.Documents, newBundle);

        var report = store.MergeBundled(newBundle);

        var counts = report.Kinds.Single(k => k.Kind == "observations");
        Assert.Equal((1, 1, 1, 1), (counts.Added, counts.Changed, counts.Removed, counts.KeptUser));
        var now = store.Load().Ledger.CodedObservations.ToDictionary(o => o.Id);
        Assert.Equal("my correction", now[edited.Id].Note);
        Assert.True(now.ContainsKey(mine.Id));
        Assert.True(now.ContainsKey(added.Id));
        Assert.Equal(0.42, now[changed.Id].Confidence);
        Assert.False(now.ContainsKey(dropped.Id));
        Assert.True(store.MergeBundled(newBundle).UpToDate);
    }

    [Fact]
    public void Review_AcceptAndReject_TurnsCandidatesIntoEvidenceOnce()
    {
        using var store = fixture.OpenFresh();
        store.MergeBundled(TestData.DataDirectory);
        var fact = new NewCandidate
        {
            Territory = "abkhazia",
            Indicator = "citizenship.patron_passport_share",
            Value = ObservedValue.OfPoint(80),
            Unit = "percent",
            Status = EvidenceStatus.InPlace,
            Qualifier = "estimate",
            AsOf = Core.Time.PartialDate.Parse("2016").Value,
            DocumentName = "Some Report 2016.txt",
            DocumentTitle = "Some report",
            SpanStart = 120,
            SpanLength = 24,
            Quote = "about 80 per cent hold passports",
            Confidence = 0.6,
        };
        var ids = store.AddCandidates([fact, fact with { SpanStart = 400 }]);
        Assert.Equal(2, store.PendingCandidates().Count);

        var accepted = store.Review(ids[0], ReviewDecision.Accept, new CandidateEdit { Value = ObservedValue.OfPoint(85) }, "reviewer-a").Value;
        var rejected = store.Review(ids[1], ReviewDecision.Reject, null, "reviewer-a").Value;

        Assert.Empty(store.PendingCandidates());
        Assert.Equal((ReviewState.Accepted, ReviewState.Rejected), (accepted.Candidate.State, rejected.Candidate.State));
        var ledger = store.Load().Ledger;
        var observation = ledger.CodedObservations.Single(o => o.Id == accepted.Observation!.Id);
        Assert.StartsWith("doc-", observation.Source, StringComparison.Ordinal);
        Assert.Equal(("chars 120-144", "reviewer-a", 85.0), (observation.Locator, observation.Coder, observation.Value.Point!.Value));
        Assert.Equal("Some report", ledger.FindSource(observation.Source)!.Title);
        Assert.Equal(new DateOnly(2026, 11, 26), ledger.FindSource(observation.Source)!.Accessed); // the fixture clock's day, not the machine's
        var again = store.Review(ids[1], ReviewDecision.Accept, null, "reviewer-b");
        Assert.Equal(ReviewRefusalKind.AlreadyReviewed, again.Refusal?.Kind);
        Assert.Equal($"candidate {ids[1]} was already rejected by reviewer-a", again.Refusal?.Message);
        Assert.Equal(ReviewRefusalKind.NoSuchCandidate, store.Review(999_999, ReviewDecision.Reject, null, "reviewer-b").Refusal?.Kind);
    }

    [Fact]
    public void AddCandidates_SameFactTwice_KeepsItOnceForEveryValueForm()
    {
        using var store = fixture.OpenFresh();
        var fact = new NewCandidate
        {
            Territory = "abkhazia",
            Indicator = "citizenship.patron_passport_share",
            Value = ObservedValue.OfPoint(0),
            Status = EvidenceStatus.InPlace,
            DocumentName = "report.txt",
            DocumentHash = DocumentHash.Of("report text"u8),
            SpanStart = 10,
            SpanLength = 5,
            Quote = "zero",
            Confidence = 0.5,
        };

        // Each value form leaves the other value columns NULL; the identity must still see them as equal.
        // A point 0 and an interval 0–0 are two facts: a NULL is not folded into a value (0) by the index.
        NewCandidate[] distinct =
        [
            fact,
            fact with { Value = ObservedValue.OfInterval(0, 0) },
            fact with { Value = ObservedValue.OfInterval(0, 1) },
            fact with { Value = ObservedValue.OfCategory("none") },
            fact with { SpanStart = 11 },
            fact with { Indicator = "citizenship.patron_passport_share_2" },
        ];
        var first = store.AddCandidates(distinct);
        var again = store.AddCandidates(distinct.Select(c => c with { DocumentName = "renamed.txt", Confidence = 0.9 }).Reverse());

        Assert.Equal(distinct.Length, first.Distinct().Count());
        Assert.Equal(first.Reverse(), again);
        Assert.Equal(distinct.Length, store.PendingCandidates().Count);

        // Candidates without a document hash (kept before hashes existed) are never folded together.
        var unhashed = fact with { DocumentHash = null };
        Assert.Equal(2, store.AddCandidates([unhashed, unhashed]).Distinct().Count());
    }

    [Fact]
    public void Backup_ThenOpen_GivesTheSameLedger()
    {
        using var store = fixture.OpenFresh();
        store.MergeBundled(TestData.DataDirectory);
        store.Import(TestData.Only([TestData.Observation("mine-1", 12)]), "user");
        var file = Path.Combine(NewFolder(), "backup.db");

        store.Backup(file);

        using var copy = LedgerFixture.Open(file);
        Assert.Equal(TestData.Snapshot(store.Load()), TestData.Snapshot(copy.Load()));
        Assert.Equal(store.Info().UserRecords, copy.Info().UserRecords);
    }

    [Fact]
    public void Export_OverAnEarlierExport_RewritesItsFilesAndKeepsOthers()
    {
        using var store = fixture.OpenFresh();
        store.MergeBundled(TestData.DataDirectory);
        var folder = NewFolder();
        store.Export(folder);
        File.WriteAllText(Path.Combine(folder, "codebook.yaml"), "changed by hand\n");
        File.WriteAllText(Path.Combine(folder, "README.md"), "mine\n");

        store.Export(folder);

        Assert.Equal(TestData.Documents.Codebook, File.ReadAllText(Path.Combine(folder, "codebook.yaml")));
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(folder, "README.md")));
        Assert.True(DatasetReader.Load(folder).Ok);
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(folder)!, ".*"));
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

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "defacto-storage-test-" + Guid.NewGuid().ToString("N"), "out");
        _folders.Add(Path.GetDirectoryName(folder)!);
        return folder;
    }
}
