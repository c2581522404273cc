using System.Diagnostics;
using DeFacto.Storage.Connections;
using DeFacto.Storage.Tests.Providers;

namespace DeFacto.Storage.Tests;

/// <summary>A reader does not wait for another process's write just to keep its snapshot (SQLite).</summary>
public sealed class SnapshotLockTests : IDisposable
{
    private readonly SqliteFixture _fixture = new();

    [Fact]
    public void Load_WhileAnotherWriterHoldsTheLock_ReadsAtOnceAndKeepsNoSnapshot()
    {
        var location = _fixture.NewLocation();
        using var store = LedgerFixture.Open(location);
        store.MergeBundled(TestData.DataDirectory);
        using var writer = LedgerStore.Connect(LedgerLocation.Parse(location));
        LedgerSql.Execute(writer, "BEGIN IMMEDIATE");

        var clock = Stopwatch.StartNew();
        var loaded = store.Load();
        clock.Stop();

        // The busy timeout is 30 s; the snapshot's write is tried once and given up.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the load waited {clock.Elapsed} for the writer");
        Assert.Equal(TestData.Snapshot(TestData.Bundled), TestData.Snapshot(loaded));
        LedgerSql.Execute(writer, "ROLLBACK");
        Assert.Equal(0L, LedgerSql.Scalar(location, "SELECT COUNT(*) FROM snapshot"));

        // With the lock free again, the next load keeps it; writes still wait their turn as before.
        store.Load();
        Assert.Equal(1L, LedgerSql.Scalar(location, "SELECT COUNT(*) FROM snapshot"));
        store.Import(TestData.With([TestData.Observation("after-lock", 12)]), "user");
    }

    public void Dispose() => _fixture.Dispose();
}
