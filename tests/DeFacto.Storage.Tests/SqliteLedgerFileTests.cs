using DeFacto.Storage.Connections;
using DeFacto.Storage.Tests.Providers;
using Microsoft.Data.Sqlite;

namespace DeFacto.Storage.Tests;

/// <summary>What only a SQLite ledger has: a file that may be something else, and companion files beside it.</summary>
public sealed class SqliteLedgerFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "defacto-ledger-files-" + Guid.NewGuid().ToString("N"));

    public SqliteLedgerFileTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Open_TextFile_IsRefusedAndLeftUnchanged()
    {
        var file = Path.Combine(_folder, "passwd");
        File.WriteAllText(file, "root:x:0:0:root:/root:/bin/bash\n");

        var refused = Assert.Throws<LedgerException>(() => LedgerFixture.Open(file));

        Assert.Contains("not a DeFacto ledger", refused.Message, StringComparison.Ordinal);
        Assert.Equal("root:x:0:0:root:/root:/bin/bash\n", File.ReadAllText(file));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Open_SqliteDatabaseOfAnotherProgram_IsRefusedAndGetsNoTables()
    {
        var file = Path.Combine(_folder, "other.db");
        using (var other = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            other.Open();
            using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE addresses (name TEXT)";
            create.ExecuteNonQuery();
        }

        Assert.Throws<LedgerException>(() => LedgerFixture.Open(file));

        using var check = new SqliteConnection($"Data Source={file};Pooling=False");
        check.Open();
        using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal(1L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public void Open_Folder_IsRefused()
    {
        var refused = Assert.Throws<LedgerException>(() => LedgerFixture.Open(_folder));
        Assert.Contains("is a folder", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-wal")]
    [InlineData("-shm")]
    public void Backup_OntoTheLedgerOrItsCompanions_IsRefusedEvenWithOverwrite(string suffix)
    {
        var ledger = Path.Combine(_folder, "ledger.db");
        using var store = LedgerFixture.Open(ledger);
        store.MergeBundled(TestData.DataDirectory);
        var before = TestData.Snapshot(store.Load());

        var refused = Assert.Throws<LedgerException>(() => store.Backup(ledger + suffix, overwrite: true));

        Assert.Contains("the ledger itself", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, TestData.Snapshot(store.Load()));
    }

    [Fact]
    public void Backup_ThroughASymbolicLinkToTheLedgersFolder_IsRefused()
    {
        var ledger = Path.Combine(_folder, "ledger.db");
        var link = Path.Combine(_folder, "link");
        Directory.CreateSymbolicLink(link, _folder);
        using var store = LedgerFixture.Open(ledger);

        Assert.Throws<LedgerException>(() => store.Backup(Path.Combine(link, "ledger.db"), overwrite: true));
    }

    [Fact]
    public void Parse_PostgresUrlThatIsNotValid_NeverShowsThePassword()
    {
        var refused = Assert.Throws<LedgerException>(() => LedgerLocation.Parse("postgres://analyst:hunter2@db.example:notaport/defacto"));

        Assert.DoesNotContain("hunter2", refused.Message, StringComparison.Ordinal);
        Assert.Contains("postgres://", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ReadOnlyCompanionFile_NamesIt()
    {
        var ledger = Path.Combine(_folder, "ledger.db");
        using (var store = LedgerFixture.Open(ledger))
        {
            store.MergeBundled(TestData.DataDirectory);
        }

        var shm = ledger + "-shm";
        File.WriteAllBytes(shm, new byte[32768]);
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("file modes are a Unix matter");
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shm, UnixFileMode.UserRead);
        }
        if (CanWrite(shm))
        {
            Assert.Skip("running with privileges that ignore file permissions (root)");
        }

        var explained = LedgerFiles.Explain(ledger, new SqliteException("attempt to write a readonly database", 8));

        Assert.Contains(shm, explained, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static bool CanWrite(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
