using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;

namespace DeFacto.Storage.Connections;

/// <summary>
/// The files of a SQLite ledger, checked before SQLite is let at them: a file that is not a SQLite database
/// is never opened (nor changed), and a write that fails for want of permission is explained by naming the
/// file (the ledger, its -wal or -shm, or the folder) that is read-only.
/// </summary>
public static class LedgerFiles
{
    private const int SqliteReadOnly = 8;

    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>Refuses a path that holds something other than a SQLite database.</summary>
    internal static void CheckIsDatabase(string path)
    {
        if (Directory.Exists(path))
        {
            throw new LedgerException($"{path} is a folder, not a ledger: give a ledger file (e.g. {Path.Combine(path, "ledger.db")})");
        }

        if (!File.Exists(path))
        {
            return;
        }

        var head = new byte[Header.Length];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (read > 0 && (read < head.Length || !head.AsSpan().SequenceEqual(Header)))
        {
            throw new LedgerException($"{path} is not a DeFacto ledger (it is not a SQLite database): give a ledger file, or a new file name to create one. The file was not changed");
        }
    }

    /// <summary>
    /// A readable explanation for a failed SQLite operation on <paramref name="path"/>, or null when there is
    /// nothing more specific to say than SQLite's own message.
    /// </summary>
    public static string? Explain(string path, DbException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is not SqliteException { SqliteErrorCode: SqliteReadOnly } || string.IsNullOrEmpty(path))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file) && !Writable(file))
            {
                var companion = file == path ? "" : " (a companion file SQLite keeps beside the ledger; one left read-only blocks writes even after the ledger's own permissions are fixed)";
                return $"cannot write to the ledger: {file} is read-only{companion}; make it writable (chmod u+w {file})" +
                    (file == path ? "" : $", or remove it while no defacto command runs");
            }
        }

        return !DirectoryWritable(folder)
            ? $"cannot write to the ledger: its folder {folder} is read-only (SQLite writes its journal there); make it writable or move the ledger"
            : null;
    }

    private static bool Writable(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static bool DirectoryWritable(string folder)
    {
        var probe = Path.Combine(folder, $".defacto-probe-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
