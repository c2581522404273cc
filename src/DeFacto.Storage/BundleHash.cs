using System.Security.Cryptography;
using System.Text;

namespace DeFacto.Storage;

/// <summary>A digest of a dataset folder's YAML files (names and bytes), to tell whether the bundle changed.</summary>
internal static class BundleHash
{
    public static string Compute(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(directory, "*.y*ml", SearchOption.AllDirectories)
            .Select(f => (Name: Path.GetRelativePath(directory, f).Replace('\\', '/'), Path: f))
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        foreach (var (name, path) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
            hash.AppendData(File.ReadAllBytes(path));
            hash.AppendData("\0"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
