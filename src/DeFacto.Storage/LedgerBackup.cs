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
/// An existing file is replaced only when asked; the ledger itself (or its -wal, -shm, -journal) never.
/// </summary>
internal static class LedgerBackup
{
    private const int SqliteFull = 13;

    private static readonly string[] Companions = ["", "-wal", "-shm", "-journal"];

    public static void Backup(LedgerLocation location, DbConnection connection, string file, bool overwrite)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var target = Path.GetFullPath(file);
        if (Directory.Exists(target))
        {
            throw new LedgerException($"{target} is a folder: give the name of the backup file to write, e.g. {Path.Combine(target, "ledger-backup.db")}");
        }

        if (location.Provider == LedgerProvider.Sqlite && IsLedgerFile(target, location.Display))
        {
            throw new LedgerException($"{target} is the ledger itself: a backup must go to another file (replacing the ledger while it is in use would corrupt it)");
        }

        if (File.Exists(target) && !overwrite)
        {
            throw new LedgerException($"{target} already exists: give a new file name, or --force to replace it");
        }

        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.backup-{Guid.NewGuid():N}");
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

            // Without --force the rename refuses a file that appeared meanwhile (another backup, say).
            File.Move(temporary, target, overwrite);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteFull)
        {
            throw new LedgerException($"cannot write the backup {target}: the disk holding it is full; free some space or choose another place. The ledger is unchanged", e);
        }
        catch (IOException e) when (!overwrite && File.Exists(target))
        {
            throw new LedgerException($"{target} appeared while the backup was written: give a new file name, or --force to replace it", e);
        }
        catch (IOException e) when (IsDiskFull(e))
        {
            throw new LedgerException($"cannot write the backup {target}: the disk holding it is full; free some space or choose another place. The ledger is unchanged", e);
        }
        finally
        {
            foreach (var leftover in new[] { temporary, temporary + "-journal", temporary + "-wal", temporary + "-shm" }.Where(File.Exists))
            {
                File.Delete(leftover);
            }
        }
    }

    /// <summary>True when <paramref name="target"/> names the ledger's database file or one of its companions, through links too.</summary>
    internal static bool IsLedgerFile(string target, string ledger)
    {
        var real = RealPath(target);
        var ledgerReal = RealPath(ledger);
        return Companions.Any(suffix =>
            string.Equals(real, ledgerReal + suffix, StringComparison.Ordinal) || string.Equals(Path.GetFullPath(target), Path.GetFullPath(ledger) + suffix, StringComparison.Ordinal));
    }

    // The path with every symbolic link along it resolved, so that two spellings of one file compare equal.
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hops = 0; hops < 40; hops++)
        {
            var root = Path.GetPathRoot(full) ?? "/";
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            var resolved = false;
            for (var i = 0; i < parts.Length && !resolved; i++)
            {
                var next = Path.Combine(current, parts[i]);
                var info = new FileInfo(next);
                if (info.Exists || Directory.Exists(next))
                {
                    var link = Directory.Exists(next) ? new DirectoryInfo(next).LinkTarget : info.LinkTarget;
                    if (link is not null)
                    {
                        var rest = string.Join(Path.DirectorySeparatorChar, parts.Skip(i + 1));
                        full = Path.GetFullPath(Path.Combine(Path.IsPathRooted(link) ? link : Path.Combine(current, link), rest));
                        resolved = true;
                        continue;
                    }
                }

                current = next;
            }

            if (!resolved)
            {
                return full;
            }
        }

        return full;
    }

    private static bool IsDiskFull(IOException e) => (e.HResult & 0xFFFF) is 28 or 112 || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase);

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
