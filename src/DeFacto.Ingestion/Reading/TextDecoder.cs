using System.Text;

namespace DeFacto.Ingestion.Reading;

/// <summary>Bytes → text: honours a byte-order mark, falls back from UTF-8 to Latin-1, and refuses binary content.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, string? Error) Decode(RawDocument document)
    {
        if (document.Text is not null)
        {
            return Check(document.Text);
        }

        var bytes = document.Bytes.Span;
        if (bytes.Length == 0)
        {
            return (null, "the document is empty: there is no text to read");
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = Encoding.UTF8.GetString(bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (LooksBinary(bytes))
            {
                return (null, "the document looks binary (it holds NUL bytes): give a .txt, .md, .html or .pdf file");
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.Latin1.GetString(bytes);
            }
        }

        return Check(text);
    }

    private static (string? Text, string? Error) Check(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "the document is empty: there is no text to read");
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f')
            {
                control++;
            }
        }

        return control > sample.Length / 10
            ? (null, "the document looks binary (too many control characters): give a .txt, .md, .html or .pdf file")
            : (text, null);
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0) >= 0;
}
