using DeFacto.Storage.Tests.Providers;

namespace DeFacto.Storage.Tests;

[Trait("Category", "Services")]
public sealed class PostgresLedgerIntegrityTests() : LedgerIntegrityTests(new PostgresFixture());
