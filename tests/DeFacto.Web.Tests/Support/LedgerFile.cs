using DeFacto.Storage;
using DeFacto.Tests;

namespace DeFacto.Web.Tests.Support;

/// <summary>A fresh SQLite ledger file holding the bundled dataset; deleted with its journal files on dispose.</summary>
internal sealed class LedgerFile : IDisposable
{
    public LedgerFile()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "defacto-web-tests", Guid.NewGuid().ToString("N") + ".db");
        using var store = LedgerStore.Open(Path, TimeProvider.System);
        store.MergeBundled(RepoPaths.Data);
    }

    public string Path { get; }

    public ILedgerStore Open() => LedgerStore.Open(Path, TimeProvider.System);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
