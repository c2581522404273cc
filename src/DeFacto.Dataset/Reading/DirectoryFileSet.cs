namespace DeFacto.Dataset.Reading;

/// <summary>Dataset files in a folder; <paramref name="defaults"/> stands in for files the folder does not have (an import of evidence alone reads the ledger's codebook).</summary>
internal sealed class DirectoryFileSet(string root, IReadOnlyDictionary<string, string>? defaults = null) : IFileSet
{
    public IEnumerable<string> List(string folder)
    {
        var dir = Path.Combine(root, folder);
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.yaml").Concat(Directory.EnumerateFiles(dir, "*.yml"))
                .Select(f => $"{folder}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal)
            : [];
    }

    public string? Read(string name, out string? error, out int line)
    {
        error = null;
        line = 0;
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
        {
            return defaults?.GetValueOrDefault(name);
        }

        try
        {
            return TextFile.Read(path, out error, out line);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"cannot be read: {ex.Message}";
            return null;
        }
    }

    /// <summary>The path as the user would type it: relative to the working folder when inside it.</summary>
    public string Display(string name)
    {
        var full = Path.GetFullPath(Path.Combine(root, name));
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
