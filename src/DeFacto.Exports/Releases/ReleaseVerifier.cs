namespace DeFacto.Exports.Releases;

/// <summary>Checks a release folder against its manifest: every listed file present with its size and SHA-256, and no file unlisted.</summary>
public static class ReleaseVerifier
{
    /// <summary>The problems found; empty when the release is intact.</summary>
    public static IReadOnlyList<string> Verify(string releaseDirectory)
    {
        var manifest = Manifest.Read(releaseDirectory);
        var problems = new List<string>();
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(releaseDirectory, file.Path);
            if (!File.Exists(path))
            {
                problems.Add($"{file.Path}: missing");
            }
            else if (new FileInfo(path).Length != file.Bytes || !string.Equals(Packaging.Exporter.Sha256(path), file.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{file.Path}: changed since the release was made (SHA-256 differs)");
            }
        }

        var listed = manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        listed.Add(Manifest.FileName);
        listed.Add(ReleaseFolder.ChecksumFile);
        problems.AddRange(Directory.EnumerateFiles(releaseDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(releaseDirectory, f).Replace('\\', '/'))
            .Where(p => !listed.Contains(p))
            .Order(StringComparer.Ordinal)
            .Select(p => $"{p}: not in the manifest"));
        return problems;
    }
}
