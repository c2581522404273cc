using DeFacto.Dataset.Writing;

namespace DeFacto.Exports.Packaging;

/// <summary>
/// Fills an output folder. A new folder is written beside its place and renamed into it, so it appears
/// whole or not at all. With <c>replace</c> (<c>--force</c>) an existing folder gets this program's files
/// only: those it wrote before are replaced or removed, and anything else there (a .git folder, notes) is
/// left alone; a file of someone else's where one of its files goes is refused (see <see cref="OwnedFolder"/>).
/// </summary>
public static class OutputDirectory
{
    /// <summary>Writes <paramref name="target"/> through <paramref name="fill"/>. Without <paramref name="replace"/> the folder
    /// must be new or empty, and one that appears meanwhile (a concurrent run) is refused at the rename.</summary>
    public static T Write<T>(string target, bool replace, Func<string, T> fill)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        ArgumentNullException.ThrowIfNull(fill);
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(full))
        {
            throw new ExportException($"{target} is a file, not a folder: give a folder to write into");
        }

        var occupied = Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any();
        if (occupied && !replace)
        {
            throw new ExportException($"{target} is not empty: choose a new folder, or pass --force to write this export's files into it (other files there are kept)");
        }

        if (replace)
        {
            try
            {
                return OwnedFolder.Write(full, fill);
            }
            catch (OwnedFolderException e)
            {
                throw new ExportException(e.Message);
            }
        }

        var parent = Path.GetDirectoryName(full) ?? throw new ExportException($"{target}: cannot write to the root folder");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        var temp = Path.Combine(parent, $".{name}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            var result = fill(temp);
            if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any())
            {
                Directory.Delete(full);
            }

            try
            {
                // The rename refuses a folder that exists by now: the first of two concurrent writers wins.
                Directory.Move(temp, full);
            }
            catch (IOException) when (Directory.Exists(full) || File.Exists(full))
            {
                throw new ExportException($"{target} was created by someone else while this one was being written; nothing of this run was kept");
            }

            return result;
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
