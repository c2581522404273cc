using System.Data.Common;
using Dapper;
using DeFacto.Storage.Connections;
using DeFacto.Storage.Records;
using DeFacto.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace DeFacto.Storage;

/// <summary>
/// A consistent single-file copy of a ledger, written beside the target and renamed into place.
/// SQLite uses <c>VACUUM INTO</c> (a transactionally consistent, compacted copy that other readers and
/// writers do not block). PostgreSQL copies every table, from one repeatable-read snapshot, into a new SQLite
/// ledger with the same migrations: the backup opens with <c>--ledger FILE</c> and needs no server tools.
/// </summary>
internal static class LedgerBackup
{
    public static void Backup(LedgerLocation location, DbConnection connection, string file)
    {
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.backup-{Guid.NewGuid():N}");
        try
        {
            if (location.Provider == LedgerProvider.Sqlite)
            {
                connection.Execute("VACUUM INTO @path", new { path = temporary });
            }
            else
            {
                CopyToSqlite(connection, temporary);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            foreach (var leftover in new[] { temporary, temporary + "-wal", temporary + "-shm" }.Where(File.Exists))
            {
                File.Delete(leftover);
            }
        }
    }

    private static void CopyToSqlite(DbConnection source, string path)
    {
        var location = LedgerLocation.Parse(path);
        using (var target = LedgerStore.Connect(location))
        {
            SchemaMigrator.Migrate(location, target);
            using var read = source.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
            using var write = target.BeginTransaction();
            foreach (var table in Tables.All)
            {
                var columns = string.Join(", ", table.Columns);
                var insert = $"INSERT INTO {table.Name} ({columns}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i))})";
                foreach (var row in source.Query($"SELECT {columns} FROM {table.Name}", transaction: read))
                {
                    var values = (IDictionary<string, object?>)row;
                    var parameters = new DynamicParameters();
                    var i = 0;
                    foreach (var column in table.Columns)
                    {
                        parameters.Add("p" + i++, values[column]);
                    }

                    target.Execute(insert, parameters, write);
                }
            }

            write.Commit();
            target.Execute("PRAGMA journal_mode = DELETE");
        }

        SqliteConnection.ClearAllPools();
    }
}
