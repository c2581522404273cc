using System.Data.Common;
using DeFacto.Storage.Connections;

namespace DeFacto.Storage.Records;

/// <summary>
/// A write that only saves work later (a snapshot, a remembered listing), made by a command that otherwise
/// only reads. A reader never waits for a writer (WAL), and such a write must not make it: on SQLite it goes
/// without the busy timeout and with a one-second command timeout (the driver retries a busy database until
/// that runs out), and it is given up, not failed, when the ledger cannot take it now (locked, read-only).
/// </summary>
internal static class CacheWrite
{
    /// <summary>Runs one statement (atomic on its own); false when it was given up.</summary>
    public static bool TryRun(DbConnection connection, LedgerProvider provider, string sql, params (string Name, object Value)[] parameters)
    {
        var sqlite = provider == LedgerProvider.Sqlite;
        if (sqlite)
        {
            Pragma(connection, "PRAGMA busy_timeout = 0");
        }

        try
        {
            using var command = connection.CreateCommand();
            if (sqlite)
            {
                command.CommandTimeout = 1;
            }

            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            command.ExecuteNonQuery();
            return true;
        }
        catch (DbException)
        {
            return false;
        }
        finally
        {
            if (sqlite)
            {
                Pragma(connection, $"PRAGMA busy_timeout = {LedgerStore.BusyTimeoutMs}");
            }
        }
    }

    private static void Pragma(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
