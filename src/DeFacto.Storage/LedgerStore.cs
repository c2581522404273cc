using System.Data.Common;
using DeFacto.Storage.Connections;
using DeFacto.Storage.Schema;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DeFacto.Storage;

/// <summary>Opens a ledger: a SQLite file (the default) or a PostgreSQL database, migrated to the current schema.</summary>
public static class LedgerStore
{
    /// <summary>How long a SQLite writer waits for another's write lock before it fails.</summary>
    internal const int BusyTimeoutMs = 30000;

    /// <summary>
    /// Opens the ledger at a path (<c>file:</c> path, or <c>Data Source=</c>) or a PostgreSQL connection string
    /// (<c>Host=...</c> or <c>postgres://user:pass@host:port/db</c>), creating and migrating it when needed.
    /// </summary>
    public static ILedgerStore Open(string pathOrConnectionString, TimeProvider clock) => Open(pathOrConnectionString, clock, template: null);

    /// <summary>
    /// As <see cref="Open(string, TimeProvider)"/>; a SQLite ledger that does not exist yet starts as a copy of
    /// <paramref name="template"/> (a ledger made by <see cref="Create"/> from the bundled dataset) when it can, and
    /// is created the usual way when it cannot. The store's <see cref="ILedgerStore.MergeBundled"/> then reports the
    /// ledger as created, with the records the copy brought.
    /// </summary>
    public static ILedgerStore Open(string pathOrConnectionString, TimeProvider clock, string? template)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var location = LedgerLocation.Parse(pathOrConnectionString);
        var copied = template is not null && LedgerTemplate.TryCopy(location, template, clock);
        return OpenOn(location, Connect(location), clock, copied);
    }

    /// <summary>
    /// Creates a new ledger (never from a template: this is what makes one) and migrates it; a
    /// <see cref="LedgerException"/> when the file, or the PostgreSQL database's ledger, already exists.
    /// </summary>
    public static ILedgerStore Create(string pathOrConnectionString, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var location = LedgerLocation.Parse(pathOrConnectionString);
        if (location.Provider == LedgerProvider.Sqlite && LedgerTemplate.Exists(location.Display))
        {
            throw Exists(location);
        }

        var connection = Connect(location);
        if (location.Provider == LedgerProvider.PostgreSql && SchemaMigrator.CurrentVersion(connection) > 0)
        {
            connection.Dispose();
            throw Exists(location);
        }

        return OpenOn(location, connection, clock, fromTemplate: false);
    }

    private static LedgerException Exists(LedgerLocation location) =>
        new($"{location.Display} already exists, and a ledger is created only where there is none: nothing was changed. Give a new file name (or an empty database), or use that ledger as it is");

    private static SqlLedgerStore OpenOn(LedgerLocation location, DbConnection connection, TimeProvider clock, bool fromTemplate)
    {
        try
        {
            if (location.Provider == LedgerProvider.Sqlite)
            {
                CheckIsLedger(location, connection);
            }

            SchemaMigrator.Migrate(location, connection);
            return new SqlLedgerStore(location, connection, clock) { CreatedFromTemplate = fromTemplate };
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
            return ConnectPostgres(location);
        }

        var directory = Path.GetDirectoryName(location.Display);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        LedgerFiles.CheckIsDatabase(location.Display);
        var sqlite = new SqliteConnection(location.ConnectionString);
        sqlite.Open();
        using var pragmas = sqlite.CreateCommand();

        // WAL lets readers go on while one process writes; the busy timeout makes a second writer wait its
        // turn instead of failing; NORMAL sync in WAL mode loses no committed data on a process crash.
        pragmas.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
        try
        {
            pragmas.ExecuteNonQuery();
        }
        catch
        {
            sqlite.Dispose();
            throw;
        }

        return sqlite;
    }

    // Apart, so that a SQLite ledger's start loads no PostgreSQL driver.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static NpgsqlConnection ConnectPostgres(LedgerLocation location)
    {
        var pg = new NpgsqlConnection(location.ConnectionString);
        pg.Open();
        return pg;
    }

    // A SQLite database of some other program is not migrated into a ledger: that would add tables to it.
    private static void CheckIsLedger(LedgerLocation location, DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var tables = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (tables.Count > 0 && !tables.Contains("VersionInfo") && !tables.Contains("documents"))
        {
            throw new LedgerException($"{location.Display} is a SQLite database but not a DeFacto ledger (it holds tables such as {string.Join(", ", tables.Take(3))}): give a ledger file, or a new file name to create one. The file was not changed");
        }
    }
}
