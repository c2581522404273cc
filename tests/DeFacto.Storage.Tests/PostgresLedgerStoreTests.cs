using DeFacto.Storage.Tests.Providers;

namespace DeFacto.Storage.Tests;

[Trait("Category", "Services")]
public sealed class PostgresLedgerStoreTests() : LedgerStoreTests(new PostgresFixture())
{
    // Each iteration creates two databases; fewer iterations keep the suite quick.
    protected override int PropertyIterations => 6;
}
