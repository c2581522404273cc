using Npgsql;

namespace DeFacto.Storage.Tests.Providers;

/// <summary>
/// A new database per ledger on the server that <c>DEFACTO_TEST_POSTGRES</c> names. Without it the tests
/// skip on a developer's machine and fail where services are required: <c>DEFACTO_REQUIRE_SERVICES=1</c>
/// (the service pass of <c>.ci/run</c>), or <c>CI=true</c> when that variable is not set at all.
/// </summary>
public sealed class PostgresFixture : LedgerFixture
{
    public const string Variable = "DEFACTO_TEST_POSTGRES";

    private readonly List<string> _databases = [];
    private readonly string _server;

    public PostgresFixture()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (ServicesRequired())
            {
                Assert.Fail($"{Variable} is not set: CI must run the PostgreSQL storage tests (start a server with .ci/postgres.sh)");
            }

            Assert.Skip($"{Variable} is not set; set it to a PostgreSQL connection string to run these tests");
        }

        _server = server;
    }

    private static bool ServicesRequired()
    {
        // .ci/run's first pass sets DEFACTO_REQUIRE_SERVICES to empty to let service tests skip; its second pass sets 1.
        var require = Environment.GetEnvironmentVariable("DEFACTO_REQUIRE_SERVICES");
        return require is not null
            ? require is "1" or "true"
            : string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
    }

    public override string NewLocation()
    {
        var name = "defacto_test_" + Guid.NewGuid().ToString("N");
        using (var admin = new NpgsqlConnection(_server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            create.ExecuteNonQuery();
        }

        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(_server) { Database = name }.ToString();
    }

    protected override void Dispose(bool disposing)
    {
        if (_databases.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(_server);
        admin.Open();
        foreach (var name in _databases)
        {
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
    }
}
