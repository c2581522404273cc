namespace DeFacto.Ingestion.Reading;

/// <summary>
/// Reads a document's bytes up to a limit, counting what is actually read: a device such as /dev/zero, a
/// pipe or standard input reports no length (or a wrong one), so a size check that trusts the length
/// would read forever. Past the limit it stops and says so, having kept at most the limit in memory.
/// </summary>
public static class DocumentBytes
{
    /// <summary>The bytes, or null and what is wrong (too large, unreadable) in words a user can act on.</summary>
    public static (byte[]? Bytes, string? Problem) Read(Stream stream, long limit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var want = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
            var read = stream.Read(chunk, 0, want);
            if (read == 0)
            {
                return (buffer.ToArray(), null);
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return (null, $"holds more than {Megabytes(limit)} MB; documents over {Megabytes(limit)} MB are not read (split it, or extract the part you need)");
            }
        }
    }

    /// <summary>A file's bytes (a regular file, a device or a named pipe), read as <see cref="Read(Stream, long)"/> does.</summary>
    public static (byte[]? Bytes, string? Problem) ReadFile(string path, long limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            return (null, "is a folder: give the files in it (e.g. folder/*.pdf)");
        }

        if (!File.Exists(path))
        {
            return (null, "no such file (check the path)");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return Read(stream, limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read: {e.Message}");
        }
    }

    private static long Megabytes(long bytes) => Math.Max(1, bytes / (1024 * 1024));
}
