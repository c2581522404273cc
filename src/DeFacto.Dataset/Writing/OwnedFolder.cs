namespace DeFacto.Dataset.Writing;

/// <summary>
/// Writes a set of files into a folder that may hold other things — a git checkout, notes — and never
/// touches those. The folder keeps a list of the files this program wrote (<see cref="ListFile"/>); writing
/// again replaces those, removes the ones no longer produced, and leaves every other file alone. A file it
/// would overwrite but did not write is refused before anything changes. A new folder appears whole, in
/// one rename.
/// </summary>
public static class OwnedFolder
{
    public const string ListFile = ".defacto-files";

    private const string Header = "# Files written by defacto into this folder; it replaces or removes only these, never anything else.";

    /// <summary>
    /// Fills a staging folder beside <paramref name="target"/> through <paramref name="fill"/>, then moves its files
    /// into place. Throws <see cref="OwnedFolderException"/> (nothing changed) when the target is a file, or holds a
    /// file of someone else's where one of the new files goes.
    /// </summary>
    public static T Write<T>(string target, Func<string, T> fill)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        ArgumentNullException.ThrowIfNull(fill);
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(full))
        {
            throw new OwnedFolderException($"{target} is a file, not a folder: give a folder to write into");
        }

        var parent = Path.GetDirectoryName(full) ?? throw new OwnedFolderException($"{target}: cannot write to the root folder");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var result = fill(staging);
            var produced = Files(staging);
            if (!Directory.Exists(full))
            {
                WriteList(staging, produced);
                try
                {
                    Directory.Move(staging, full);
                    return result;
                }
                catch (IOException) when (Directory.Exists(full))
                {
                    // Someone made the folder meanwhile: merge into it like into any existing folder.
                }
            }

            Merge(full, staging, produced, target);
            return result;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>The files (relative, '/'-separated) this program wrote into <paramref name="folder"/>, from its list.</summary>
    public static IReadOnlySet<string> Owned(string folder)
    {
        var list = Path.Combine(folder, ListFile);
        if (!File.Exists(list))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return File.ReadAllLines(list)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            // A list edited by hand must not lead outside the folder.
            .Where(l => !Path.IsPathRooted(l) && !l.Split('/').Contains("..") && Path.GetFullPath(Path.Combine(folder, l)).StartsWith(root, StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static void Merge(string full, string staging, IReadOnlyList<string> produced, string shown)
    {
        var owned = Owned(full);
        var present = Files(full).Where(f => f != ListFile).ToHashSet(StringComparer.Ordinal);
        var clashes = produced.Where(p => (present.Contains(p) && !owned.Contains(p)) || Directory.Exists(Path.Combine(full, p)))
            .Concat(produced.SelectMany(Parents).Distinct(StringComparer.Ordinal).Where(d => File.Exists(Path.Combine(full, d))))
            .Order(StringComparer.Ordinal).ToList();
        if (clashes.Count > 0)
        {
            throw new OwnedFolderException($"{shown} holds {clashes.Count} file(s) this program did not write, where its own files go: " +
                $"{string.Join(", ", clashes.Take(8))}{(clashes.Count > 8 ? ", …" : "")}; move them away or give a new folder. Nothing was changed");
        }

        // Claim the new files before they arrive, so an interrupted write still knows them as its own next time.
        WriteList(full, owned.Union(produced, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
        foreach (var file in produced.Where(f => f != ListFile))
        {
            var destination = Path.Combine(full, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(staging, file), destination, overwrite: true);
        }

        var keep = produced.ToHashSet(StringComparer.Ordinal);
        foreach (var stale in owned.Where(f => !keep.Contains(f)))
        {
            var path = Path.Combine(full, stale);
            if (File.Exists(path))
            {
                File.Delete(path);
                RemoveEmptyParents(full, Path.GetDirectoryName(path)!);
            }
        }

        WriteList(full, produced);
    }

    private static IEnumerable<string> Parents(string relative)
    {
        var parts = relative.Split('/');
        for (var i = 1; i < parts.Length; i++)
        {
            yield return string.Join('/', parts.Take(i));
        }
    }

    private static void RemoveEmptyParents(string root, string directory)
    {
        var top = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var current = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        while (current.Length > top.Length && current.StartsWith(top, StringComparison.Ordinal) && !Directory.EnumerateFileSystemEntries(current).Any())
        {
            Directory.Delete(current);
            current = Path.GetDirectoryName(current)!;
        }
    }

    private static List<string> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
        .Where(f => f != ListFile)
        .Order(StringComparer.Ordinal)
        .ToList();

    private static void WriteList(string folder, IEnumerable<string> files)
    {
        var list = Path.Combine(folder, ListFile);
        var temporary = list + $".{Guid.NewGuid():N}";
        File.WriteAllLines(temporary, files.Where(f => f != ListFile).Prepend(Header));
        File.Move(temporary, list, overwrite: true);
    }
}
