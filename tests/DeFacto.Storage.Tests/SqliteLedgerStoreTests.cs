using DeFacto.Storage.Tests.Providers;

namespace DeFacto.Storage.Tests;

public sealed class SqliteLedgerStoreTests() : LedgerStoreTests(new SqliteFixture());
