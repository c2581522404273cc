using DeFacto.Storage.Tests.Providers;

namespace DeFacto.Storage.Tests;

public sealed class SqliteLedgerIntegrityTests() : LedgerIntegrityTests(new SqliteFixture());
