using DeFacto.Storage;

namespace DeFacto.Storage.Tests.Providers;

/// <summary>Makes fresh, empty ledgers on one kind of database and removes them afterwards.</summary>
public abstract class LedgerFixture : IDisposable
{
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A location (path or connection string) for a new, empty ledger.</summary>
    public abstract string NewLocation();

    public ILedgerStore OpenFresh() => LedgerStore.Open(NewLocation(), Clock);

    public static ILedgerStore Open(string location) => LedgerStore.Open(location, Clock);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
