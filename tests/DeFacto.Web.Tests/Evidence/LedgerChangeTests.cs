using DeFacto.Web.Evidence;
using DeFacto.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DeFacto.Web.Tests.Evidence;

/// <summary>
/// A write to the ledger by another process — here another connection, as `defacto ledger import` would make — is
/// served once the change counter has been checked again, without a restart; an unchanged ledger is not reloaded.
/// </summary>
public sealed class LedgerChangeTests
{
    private const string Title = "A title revised by another process";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void AnotherProcessWrites_SeenAfterTheNextCheck_NotBefore_AndNoReloadWithoutAWrite()
    {
        using var ledger = new LedgerFile();
        var clock = new StepClock();
        using var source = new LedgerEvidenceSource(ledger.Open(), clock);
        var first = source.Current;

        clock.Advance(LedgerEvidenceSource.CheckEvery);
        Assert.Same(first, source.Current); // checked, nothing written: the same evidence, no reload

        var id = ReviseFirstSource(ledger.Path);
        clock.Advance(LedgerEvidenceSource.CheckEvery / 2);
        Assert.Same(first, source.Current); // written, but not yet checked again

        clock.Advance(LedgerEvidenceSource.CheckEvery / 2);
        var second = source.Current;
        Assert.Equal(first.Version + 1, second.Version);
        Assert.Equal(Title, second.Dataset.Ledger.FindSource(id)!.Title);
        Assert.NotEqual(Title, first.Dataset.Ledger.FindSource(id)!.Title);
    }

    [Fact]
    public async Task AnotherProcessWrites_TheApiServesIt_WithoutARestart()
    {
        using var ledger = new LedgerFile();
        var clock = new StepClock();
        await using var factory = new WebFactory(() => new LedgerEvidenceSource(ledger.Open(), clock));
        using var client = factory.CreateClient();
        Assert.DoesNotContain(Title, await client.GetStringAsync(new Uri("/api/sources", UriKind.Relative), Ct), StringComparison.Ordinal);

        ReviseFirstSource(ledger.Path);
        clock.Advance(LedgerEvidenceSource.CheckEvery);
        Assert.Contains(Title, await client.GetStringAsync(new Uri("/api/sources", UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    private static string ReviseFirstSource(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE sources SET title = $title WHERE id = (SELECT MIN(id) FROM sources) RETURNING id";
        command.Parameters.AddWithValue("$title", Title);
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>A monotonic clock that moves only when told.</summary>
    private sealed class StepClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
