using System.Data.Common;
using System.Globalization;
using DeFacto.Storage.Connections;
using DeFacto.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace DeFacto.Storage;

/// <summary>
/// A new SQLite ledger made by copying a template: a ledger the build made from the bundled dataset
/// (<c>defacto ledger init</c>), with its migrations applied, the bundle merged and the dataset's snapshot stored.
/// Copying it costs a file copy and one transaction instead of the migration runner, reading the bundle and
/// building the snapshot. The copy gets this moment's timestamps, and its snapshot is re-keyed to the change
/// counter those updates leave (the timestamps are not part of the snapshot). The copy is made beside the target
/// and moved into place whole; any failure leaves nothing behind and the ledger is created the usual way.
/// </summary>
internal static class LedgerTemplate
{
    /// <summary>
    /// Creates <paramref name="target"/> as a copy of <paramref name="template"/>; false (and nothing changed) when the
    /// target already exists, or the template is missing, unreadable, not a ledger, or of another schema.
    /// </summary>
    public static bool TryCopy(LedgerLocation target, string template, TimeProvider clock)
    {
        var path = target.Display;
        if (target.Provider != LedgerProvider.Sqlite || Exists(path) || !File.Exists(template))
        {
            return false;
        }

        var folder = Path.GetDirectoryName(path) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.template");
        try
        {
            Directory.CreateDirectory(folder);
            Copy(template, temp);
            if (!Stamp(temp, clock) || File.Exists(temp + "-wal") || File.Exists(temp + "-shm"))
            {
                return Discard(temp);
            }

            // Not File.Move's overwrite: another process may have created the ledger meanwhile, and it wins.
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException or LedgerException)
        {
            return Discard(temp);
        }
    }

    // The bytes only: a new file gets the permissions any new ledger gets, not those of an installed (perhaps read-only) template.
    private static void Copy(string template, string temp)
    {
        using var source = new FileStream(template, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var copy = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        source.CopyTo(copy);
    }

    /// <summary>A SQLite ledger is there when its file is, or only its write-ahead log (a ledger whose main file was removed by hand).</summary>
    internal static bool Exists(string path) => File.Exists(path) || File.Exists(path + "-wal");

    // One transaction on the copy: every timestamp to now, and the snapshot to the counter those updates leave.
    private static bool Stamp(string file, TimeProvider clock)
    {
        var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        LedgerFiles.CheckIsDatabase(file);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString()))
        {
            connection.Open();
            if (!SchemaMigrator.IsUpToDate(connection))
            {
                return false;
            }

            // A private file until it is moved into place, and thrown away on any failure: no write-ahead log and no
            // sync per write while it is stamped (a third of the copy's cost), one sync of the whole file at the end.
            Execute(connection, null, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF", now);
            using var transaction = connection.BeginTransaction();
            var counter = Records.Snapshots.Counter(connection, transaction);
            foreach (var (table, columns) in TimestampColumns(connection, transaction))
            {
                Execute(connection, transaction, $"UPDATE \"{table}\" SET {string.Join(", ", columns.Select(c => $"\"{c}\" = @now"))}", now);
            }

            Execute(connection, transaction, "UPDATE bundle SET merged_at = @now", now);

            // The triggers counted every row just stamped; a snapshot current before is current after, under the new count.
            Execute(connection, transaction, "UPDATE snapshot SET version = (SELECT version FROM ledger_state WHERE id = 1) WHERE id = 1 AND version = @counter", now, counter);
            transaction.Commit();
            Execute(connection, null, "PRAGMA journal_mode = WAL", now);
        }

        using (var written = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            written.Flush(flushToDisk: true);
        }

        return true;
    }

    // Every created_at and updated_at column of every table, found in the schema so that a table a later migration adds is stamped too.
    private static List<(string Table, List<string> Columns)> TimestampColumns(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c " +
            "WHERE m.type = 'table' AND c.name IN ('created_at', 'updated_at') ORDER BY m.name, c.cid";
        var tables = new List<(string, List<string>)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var table = reader.GetString(0);
            if (tables.Count == 0 || tables[^1].Item1 != table)
            {
                tables.Add((table, []));
            }

            tables[^1].Item2.Add(reader.GetString(1));
        }

        return tables;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, string now, long counter = 0)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("@now", now);
        command.Parameters.AddWithValue("@counter", counter);
        command.ExecuteNonQuery();
    }

    private static bool Discard(string temp)
    {
        foreach (var file in new[] { temp, temp + "-wal", temp + "-shm", temp + "-journal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the file is a hidden temporary beside the ledger.
            }
        }

        return false;
    }
}
