using System.Data.Common;
using DeFacto.Storage.Connections;
using DeFacto.Storage.Schema;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DeFacto.Storage;

/// <summary>Opens a ledger: a SQLite file (the default) or a PostgreSQL database, migrated to the current schema.</summary>
public static class LedgerStore
{
    /// <summary>
    /// Opens the ledger at a path (<c>file:</c> path, or <c>Data Source=</c>) or a PostgreSQL connection string
    /// (<c>Host=...</c> or <c>postgres://user:pass@host:port/db</c>), creating and migrating it when needed.
    /// </summary>
    public static ILedgerStore Open(string pathOrConnectionString, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var location = LedgerLocation.Parse(pathOrConnectionString);
        var connection = Connect(location);
        try
        {
            SchemaMigrator.Migrate(location, connection);
            return new SqlLedgerStore(location, connection, clock);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal static DbConnection Connect(LedgerLocation location)
    {
        if (location.Provider == LedgerProvider.PostgreSql)
        {
            var pg = new NpgsqlConnection(location.ConnectionString);
            pg.Open();
            return pg;
        }

        var directory = Path.GetDirectoryName(location.Display);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var sqlite = new SqliteConnection(location.ConnectionString);
        sqlite.Open();
        using var pragmas = sqlite.CreateCommand();

        // WAL lets readers go on while one process writes; the busy timeout makes a second writer wait its
        // turn instead of failing; NORMAL sync in WAL mode loses no committed data on a process crash.
        pragmas.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
        pragmas.ExecuteNonQuery();
        return sqlite;
    }
}
