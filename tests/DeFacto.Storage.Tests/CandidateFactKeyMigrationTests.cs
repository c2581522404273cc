using DeFacto.Core.Evidence;
using DeFacto.Storage.Candidates;
using DeFacto.Storage.Schema;
using DeFacto.Storage.Tests.Providers;
using Microsoft.Data.Sqlite;

namespace DeFacto.Storage.Tests;

/// <summary>
/// A ledger from before the candidates' identity moved to the value columns (a <c>value_key</c> text in
/// the unique index) loses that column on open, keeps its candidates, and still refuses a duplicate.
/// </summary>
public sealed class CandidateFactKeyMigrationTests : IDisposable
{
    private readonly SqliteFixture _fixture = new();

    [Fact]
    public void Open_LedgerWithTheValueKey_DropsItAndStillRefusesDuplicates()
    {
        var file = _fixture.NewLocation();
        var fact = new NewCandidate
        {
            Territory = "abkhazia",
            Indicator = "citizenship.patron_passport_share",
            Value = ObservedValue.OfInterval(30, 40),
            Status = EvidenceStatus.InPlace,
            DocumentName = "report.txt",
            DocumentHash = DocumentHash.Of("report text"u8),
            SpanStart = 10,
            SpanLength = 5,
            Quote = "30 to 40",
            Confidence = 0.5,
        };
        long[] ids;
        using (var store = LedgerFixture.Open(file))
        {
            ids = [.. store.AddCandidates([fact, fact with { Value = ObservedValue.OfCategory("partial") }])];
        }

        // Turn the ledger back into one from before the migration: the old index over a value key.
        LedgerSql.Execute(file, "DROP INDEX ux_candidates_fact", "ALTER TABLE candidates ADD COLUMN value_key TEXT",
            "UPDATE candidates SET value_key = CASE WHEN category IS NOT NULL THEN 'c:' || category ELSE 'i:' || value_low || ':' || value_high END",
            "CREATE UNIQUE INDEX ux_candidates_fact ON candidates (document_hash, span_start, span_length, territory, indicator, value_key)",
            $"DELETE FROM \"VersionInfo\" WHERE \"Version\" = {M202612010002CandidateFactKey.Version}");
        Assert.Contains("value_key", LedgerSql.Columns(file, "candidates"));

        using var reopened = LedgerFixture.Open(file);

        Assert.DoesNotContain("value_key", LedgerSql.Columns(file, "candidates"));
        Assert.Equal(SchemaMigrator.Latest, reopened.Info().SchemaVersion);
        Assert.Equal(ids, reopened.PendingCandidates().Select(c => c.Id));
        Assert.Equal(ids, reopened.AddCandidates([fact, fact with { Value = ObservedValue.OfCategory("partial") }]));
        Assert.Equal(2, reopened.PendingCandidates().Count);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _fixture.Dispose();
    }
}
