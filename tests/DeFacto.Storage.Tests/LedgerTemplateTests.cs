using System.Globalization;
using DeFacto.Storage.Connections;
using DeFacto.Storage.Records;
using DeFacto.Storage.Tests.Providers;
using Microsoft.Data.Sqlite;

namespace DeFacto.Storage.Tests;

/// <summary>
/// A new SQLite ledger made as a copy of a template (a ledger <see cref="LedgerStore.Create"/> made from the bundled
/// dataset) is the ledger the usual creation makes, stamped with this moment, and starts with a snapshot it can use.
/// </summary>
public sealed class LedgerTemplateTests : IClassFixture<LedgerTemplateTests.Template>, IDisposable
{
    private static readonly DateTimeOffset Later = new(2027, 3, 4, 5, 6, 7, TimeSpan.Zero);
    private static readonly string LaterText = Later.ToString("O", CultureInfo.InvariantCulture);
    private static readonly string[] Timestamps = ["created_at", "updated_at", "merged_at", "AppliedOn"];

    private readonly Template _template;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "defacto-template-" + Guid.NewGuid().ToString("N"));

    public LedgerTemplateTests(Template template)
    {
        _template = template;
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public void Open_NewLedgerFromTemplate_EqualsOneCreatedByMerging()
    {
        var usual = Path.Combine(_folder, "usual.db");
        var copied = Path.Combine(_folder, "copied.db");
        string usualWhole, copiedWhole;
        Reports.MergeReport usualReport, copiedReport;
        using (var store = LedgerStore.Open(usual, new Clock(Later)))
        {
            usualReport = store.MergeBundled(TestData.DataDirectory);
            usualWhole = TestData.Whole(store.Load());
        }

        using (var store = LedgerStore.Open(copied, new Clock(Later), _template.Path))
        {
            copiedReport = store.MergeBundled(TestData.DataDirectory);
            copiedWhole = TestData.Whole(store.Load());
            Assert.True(store.MergeBundled(TestData.DataDirectory).UpToDate);
        }

        Assert.Equal(usualWhole, copiedWhole);
        Assert.True(copiedReport.Created);
        Assert.False(copiedReport.UpToDate);
        Assert.Equal(usualReport.Added, copiedReport.Added);
        Assert.Equal(usualReport.Kinds.Select(k => (k.Kind, k.Added)), copiedReport.Kinds.Select(k => (k.Kind, k.Added)));
        foreach (var table in Tables.All.Select(t => t.Name).Append("VersionInfo"))
        {
            Assert.Equal(Rows(usual, table), Rows(copied, table));
        }
    }

    [Fact]
    public void Open_NewLedgerFromTemplate_IsStampedWithTheClocksNow()
    {
        var copied = Path.Combine(_folder, "copied.db");
        using (LedgerStore.Open(copied, new Clock(Later), _template.Path))
        {
        }

        var stamped = 0L;
        foreach (var table in Tables.All.Select(t => t.Name))
        {
            foreach (var column in LedgerSql.Columns(copied, table).Where(c => c is "created_at" or "updated_at" or "merged_at"))
            {
                Assert.Equal(0L, LedgerSql.Scalar(copied, $"SELECT COUNT(*) FROM {table} WHERE {column} <> '{LaterText}'"));
                stamped += LedgerSql.Scalar(copied, $"SELECT COUNT(*) FROM {table} WHERE {column} = '{LaterText}'");
            }
        }

        Assert.True(stamped > 2000, $"only {stamped} timestamps were found");
        Assert.Equal(0L, LedgerSql.Scalar(_template.Path, $"SELECT COUNT(*) FROM sources WHERE created_at = '{LaterText}'"));
    }

    [Fact]
    public void Open_NewLedgerFromTemplate_HasASnapshotForItsChangeCounter()
    {
        var copied = Path.Combine(_folder, "copied.db");
        using (LedgerStore.Open(copied, new Clock(Later), _template.Path))
        {
        }

        var counter = LedgerSql.Scalar(copied, "SELECT version FROM ledger_state WHERE id = 1");
        Assert.True(counter > LedgerSql.Scalar(_template.Path, "SELECT version FROM ledger_state WHERE id = 1"), "the stamping was not counted");
        Assert.Equal(counter, LedgerSql.Scalar(copied, "SELECT version FROM snapshot WHERE id = 1"));
        Assert.Equal(1L, Scalar(copied, "SELECT COUNT(*) FROM snapshot WHERE code = @code", Snapshots.Code));

        // The next open reads the snapshot as it is: a load that rebuilt it would be told apart by its bytes, not by the counter alone.
        var before = Blob(copied);
        using (var store = LedgerStore.Open(copied, new Clock(Later)))
        {
            Assert.True(store.MergeBundled(TestData.DataDirectory).UpToDate);
            Assert.Equal(TestData.Whole(TestData.Bundled), TestData.Whole(store.Load()));
        }

        Assert.Equal(counter, LedgerSql.Scalar(copied, "SELECT version FROM ledger_state WHERE id = 1"));
        Assert.Equal(before, Blob(copied));
    }

    [Fact]
    public void Snapshot_OfTheSameDataAtAnotherTime_IsTheSameBytes()
    {
        // The copy keeps the template's snapshot under new timestamps: that is right only while no timestamp is in it.
        var early = Path.Combine(_folder, "early.db");
        var late = Path.Combine(_folder, "late.db");
        foreach (var (path, at) in new[] { (early, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)), (late, Later) })
        {
            using var store = LedgerStore.Open(path, new Clock(at));
            store.MergeBundled(TestData.DataDirectory);
            store.Load();
        }

        Assert.NotEqual(Rows(early, "sources", keepTimestamps: true), Rows(late, "sources", keepTimestamps: true));
        Assert.Equal(Rows(early, "sources"), Rows(late, "sources"));
        Assert.Equal(Blob(early), Blob(late));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("text")]
    [InlineData("empty")]
    [InlineData("foreign")]
    [InlineData("older-schema")]
    public void Open_WithAnUnusableTemplate_CreatesTheLedgerTheUsualWayAndLeavesNoTemporaryFile(string kind)
    {
        var bad = Path.Combine(_folder, "bad-template.db");
        switch (kind)
        {
            case "text":
                File.WriteAllText(bad, "not a ledger\n");
                break;
            case "empty":
                File.WriteAllBytes(bad, []);
                break;
            case "foreign":
                LedgerSqlite(bad, "CREATE TABLE addresses (name TEXT)");
                break;
            case "older-schema":
                File.Copy(_template.Path, bad);
                LedgerSqlite(bad, $"DELETE FROM \"VersionInfo\" WHERE \"Version\" = {Schema.SchemaMigrator.Latest}");
                break;
        }

        var ledgerFolder = Path.Combine(_folder, "ledgers");
        var ledger = Path.Combine(ledgerFolder, "ledger.db");
        using (var store = LedgerStore.Open(ledger, new Clock(Later), bad))
        {
            var report = store.MergeBundled(TestData.DataDirectory);
            Assert.True(report.Created);
            Assert.Equal(TestData.Whole(TestData.Bundled), TestData.Whole(store.Load()));
        }

        Assert.Equal([ledger], Directory.GetFiles(ledgerFolder));
        Assert.Equal(Schema.SchemaMigrator.Latest, LedgerSql.Scalar(ledger, "SELECT MAX(\"Version\") FROM \"VersionInfo\""));
    }

    [Fact]
    public void Open_ExistingLedgerWithATemplate_IsNeverReplaced()
    {
        var ledger = Path.Combine(_folder, "mine.db");
        string mine;
        using (var store = LedgerStore.Open(ledger, new Clock(Later)))
        {
            store.MergeBundled(TestData.DataDirectory);
            store.Import(TestData.With([TestData.Observation("mine-1", 42)]), Origins.User);
            mine = TestData.Whole(store.Load());
        }

        using (var store = LedgerStore.Open(ledger, new Clock(Later), _template.Path))
        {
            Assert.Equal(mine, TestData.Whole(store.Load()));
        }

        Assert.Equal(1L, LedgerSql.Scalar(ledger, "SELECT COUNT(*) FROM observations WHERE id = 'mine-1'"));
        Assert.Equal([ledger], Directory.GetFiles(_folder));
    }

    [Fact]
    public void TryCopy_WhereOnlyTheWriteAheadLogIsLeft_CopiesNothing()
    {
        var ledger = Path.Combine(_folder, "gone.db");
        File.WriteAllText(ledger + "-wal", "a log of a ledger removed by hand");

        Assert.False(LedgerTemplate.TryCopy(LedgerLocation.Parse(ledger), _template.Path, new Clock(Later)));

        Assert.Equal([ledger + "-wal"], Directory.GetFiles(_folder));
    }

    [Fact]
    public void TryCopy_ReadOnlyTemplate_MakesAWritableLedger()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var readOnly = Path.Combine(_folder, "installed-template.db");
        File.Copy(_template.Path, readOnly);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var ledger = Path.Combine(_folder, "ledger.db");

        Assert.True(LedgerTemplate.TryCopy(LedgerLocation.Parse(ledger), readOnly, new Clock(Later)));

        Assert.True(File.GetUnixFileMode(ledger).HasFlag(UnixFileMode.UserWrite));
        using var store = LedgerStore.Open(ledger, new Clock(Later));
        Assert.Equal(1, store.Import(TestData.With([TestData.Observation("mine-2", 43)]), Origins.User).Added);
    }

    [Fact]
    public void Create_WhereALedgerIs_IsRefusedAndChangesNothing()
    {
        var ledger = Path.Combine(_folder, "init.db");
        File.Copy(_template.Path, ledger);
        var before = File.ReadAllBytes(ledger);

        var refused = Assert.Throws<LedgerException>(() => LedgerStore.Create(ledger, new Clock(Later)));

        Assert.Contains("already exists", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(ledger));
        Assert.Equal([ledger], Directory.GetFiles(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Every row of a table as text, in key order, without the columns that say when it was written.
    private static List<string> Rows(string ledger, string table, bool keepTimestamps = false)
    {
        using var connection = LedgerSql.Connect(ledger);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount)
                .Where(i => keepTimestamps || !Timestamps.Contains(reader.GetName(i)))
                .Select(i => $"{reader.GetName(i)}={Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}");
            rows.Add(string.Join('|', cells));
        }

        return rows;
    }

    private static byte[] Blob(string ledger)
    {
        using var connection = LedgerSql.Connect(ledger);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM snapshot WHERE id = 1";
        return (byte[])command.ExecuteScalar()!;
    }

    private static long Scalar(string ledger, string sql, string code)
    {
        using var connection = LedgerSql.Connect(ledger);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "code";
        parameter.Value = code;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void LedgerSqlite(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A template made once for the class the way the build makes one: created, the bundle merged, the dataset loaded.</summary>
    public sealed class Template : IDisposable
    {
        private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "defacto-template-source-" + Guid.NewGuid().ToString("N"));

        public Template()
        {
            Path = System.IO.Path.Combine(_folder, "ledger-template.db");
            using var store = LedgerStore.Create(Path, LedgerFixture.Clock);
            store.MergeBundled(TestData.DataDirectory);
            store.Load();
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
