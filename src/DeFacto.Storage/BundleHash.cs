using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DeFacto.Storage;

/// <summary>Digests of a dataset folder's YAML files, to tell whether the bundle changed.</summary>
internal static class BundleHash
{
    /// <summary>The content digest: every file's name and bytes. It decides whether the bundle changed.</summary>
    public static string Compute(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, file) in Files(directory))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
            hash.AppendData(File.ReadAllBytes(file.FullName));
            hash.AppendData("\0"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The listing: every file's name, size and last write time, one line each (tab-separated: a database keeps no NUL in text), with no file read. Equal to the
    /// one stored at the last merge, the folder is the one merged then and its content digest is not recomputed;
    /// different (a new install, a touched file), the content digest decides. Kept as text, not digested, so
    /// checking it needs no hashing either.
    /// </summary>
    public static string Listing(string directory)
    {
        var lines = new StringBuilder();
        foreach (var (name, file) in Files(directory))
        {
            lines.Append(name).Append('\t')
                .Append(file.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return lines.ToString();
    }

    // The folder's YAML files by relative name ('/' separated), in ordinal order.
    private static (string Name, FileInfo File)[] Files(string directory)
    {
        var files = new DirectoryInfo(directory).GetFiles("*.y*ml", SearchOption.AllDirectories);
        var names = new string[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            names[i] = Path.GetRelativePath(directory, files[i].FullName).Replace('\\', '/');
        }

        Array.Sort(names, files, StringComparer.Ordinal);
        var result = new (string, FileInfo)[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            result[i] = (names[i], files[i]);
        }

        return result;
    }
}
