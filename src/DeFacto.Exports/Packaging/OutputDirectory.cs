namespace DeFacto.Exports.Packaging;

/// <summary>
/// Fills an output folder all at once: the files are written into a hidden sibling folder, which is
/// moved into place only when everything succeeded, so a failed or interrupted export never leaves a
/// half-written folder where a complete one was expected.
/// </summary>
public static class OutputDirectory
{
    /// <summary>Writes <paramref name="target"/> through <paramref name="fill"/>. A non-empty target is refused
    /// unless <paramref name="replace"/>, which swaps the old contents out only after the new ones are complete.</summary>
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
            throw new ExportException($"{target} is not empty: choose a new folder, or pass --force to replace its contents");
        }

        if (Directory.Exists(full) && Encloses(full, Directory.GetCurrentDirectory()))
        {
            throw new ExportException($"{target} holds the working folder: --force would delete it; give a folder of its own");
        }

        var parent = Path.GetDirectoryName(full) ?? throw new ExportException($"{target}: cannot write to the root folder");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        var temp = Path.Combine(parent, $".{name}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            var result = fill(temp);
            if (Directory.Exists(full))
            {
                var old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
                Directory.Move(full, old);
                Directory.Move(temp, full);
                Directory.Delete(old, recursive: true);
            }
            else
            {
                Directory.Move(temp, full);
            }

            return result;
        }
        catch
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }

            throw;
        }
    }

    private static bool Encloses(string folder, string path)
    {
        var a = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var b = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return b.StartsWith(a, StringComparison.Ordinal);
    }
}
