using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace DeFacto.Dataset.Reading;

/// <summary>
/// Reads a dataset file as UTF-8 text, counting the bytes actually read (a device or a pipe that claims no
/// length is not read forever), and refusing bytes that are not UTF-8 with the line they are on, instead of
/// storing them as U+FFFD.
/// </summary>
internal static class TextFile
{
    public const long MaxBytes = 32L * 1024 * 1024;

    public static string? Read(string path, out string? error, out int line)
    {
        error = null;
        line = 0;
        byte[] bytes;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
        {
            using var buffer = new MemoryStream();
            var chunk = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (buffer.Length + read > MaxBytes)
                    {
                        error = $"is larger than {MaxBytes / (1024 * 1024)} MB; no dataset file is that large: is it the right file?";
                        return null;
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            bytes = buffer.ToArray();
        }

        return Decode(bytes, out error, out line);
    }

    /// <summary>Strict UTF-8 (a byte-order mark is allowed and dropped); otherwise null and the line of the first bad byte.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error, out int line)
    {
        error = null;
        line = 0;
        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var consumed, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        line = body[..consumed].Count((byte)'\n') + 1;
        error = $"is not UTF-8 text: this line holds a byte (0x{body[consumed]:X2}) that UTF-8 does not allow, as in a file saved as Latin-1 or Windows-1252; save the file as UTF-8";
        return null;
    }
}
