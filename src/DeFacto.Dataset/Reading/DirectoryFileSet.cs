namespace DeFacto.Dataset.Reading;

internal sealed class DirectoryFileSet(string root) : IFileSet
{
    public IEnumerable<string> List(string folder)
    {
        var dir = Path.Combine(root, folder);
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.yaml").Concat(Directory.EnumerateFiles(dir, "*.yml"))
                .Select(f => $"{folder}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal)
            : [];
    }

    public string? Read(string name, out string? error)
    {
        error = null;
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return File.ReadAllText(path);
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
