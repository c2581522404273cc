using DeFacto.Storage;
using DeFacto.Tests;

namespace DeFacto.Web.Tests.Support;

/// <summary>A fresh SQLite ledger file holding the bundled dataset; deleted with its journal files on dispose.</summary>
internal sealed class LedgerFile : IDisposable
{
    public LedgerFile()
    {
        Path = NewPath();
        using var store = LedgerStore.Open(Path, TimeProvider.System);
        store.MergeBundled(RepoPaths.Data);
    }

    private LedgerFile(string path) => Path = path;

    public string Path { get; }

    public ILedgerStore Open() => LedgerStore.Open(Path, TimeProvider.System);

    /// <summary>A copy of this ledger as it stands, quicker than merging the bundled dataset again.</summary>
    public LedgerFile Copy()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var copy = new LedgerFile(NewPath());
        File.Copy(Path, copy.Path);
        return copy;
    }

    private static string NewPath()
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "defacto-web-tests");
        Directory.CreateDirectory(dir);
        return System.IO.Path.Combine(dir, Guid.NewGuid().ToString("N") + ".db");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
