using DeFacto.Storage.Schema;
using DeFacto.Storage.Tests.Providers;
using Microsoft.Data.Sqlite;

namespace DeFacto.Storage.Tests;

/// <summary>A ledger made before sources had an access date gains the column on open and keeps its sources.</summary>
public sealed class SourceAccessedMigrationTests : IDisposable
{
    private readonly SqliteFixture _fixture = new();

    [Fact]
    public void Open_LedgerWithoutTheAccessedColumn_AddsItAndKeepsEverySource()
    {
        var file = _fixture.NewLocation();
        using (var store = LedgerFixture.Open(file))
        {
            store.MergeBundled(TestData.DataDirectory);
        }

        // Turn the ledger back into one from before the migration: no column, no version row, the
        // fingerprints of records without the field, and the hash of a bundle without it.
        LedgerSql.Execute(file, "ALTER TABLE sources DROP COLUMN accessed", $"DELETE FROM \"VersionInfo\" WHERE \"Version\" = {M202612010001SourceAccessed.Version}",
            "UPDATE sources SET fingerprint = 'before-accessed'", "DELETE FROM bundle");
        Assert.DoesNotContain("accessed", LedgerSql.Columns(file, "sources"));

        using var reopened = LedgerFixture.Open(file);

        Assert.Contains("accessed", LedgerSql.Columns(file, "sources"));
        Assert.Equal(SchemaMigrator.Latest, reopened.Info().SchemaVersion);
        var sources = reopened.Load().Ledger.Sources;
        Assert.Equal(TestData.Bundled.Ledger.Sources.Count, sources.Count);
        Assert.All(sources, s => Assert.Null(s.Accessed));

        // The bundle, merged again, brings the access dates in.
        reopened.MergeBundled(TestData.DataDirectory);
        Assert.Equal(TestData.Snapshot(TestData.Bundled), TestData.Snapshot(reopened.Load()));
        Assert.Contains(reopened.Load().Ledger.Sources, s => s.Accessed is not null);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _fixture.Dispose();
    }
}
