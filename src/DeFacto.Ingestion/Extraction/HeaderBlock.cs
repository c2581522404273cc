namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// A leading block of "key: value" lines ("source: https://…", "note: …"), as archived documents carry:
/// metadata about the document written by whoever filed it, not text of the document.
/// </summary>
internal static class HeaderBlock
{
    private static readonly string[] Keys = ["source", "note", "url", "title", "date", "published", "author", "retrieved", "archived"];

    /// <summary>Where the body starts: after the header lines, or 0 when the text has none.</summary>
    public static int End(string text)
    {
        var at = 0;
        var end = 0;
        while (at < text.Length)
        {
            var lineEnd = text.IndexOf('\n', at);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(at, lineEnd - at).Trim();
            if (line.Length > 0)
            {
                if (!IsHeader(line))
                {
                    return end;
                }

                end = lineEnd;
            }

            at = lineEnd + 1;
        }

        return end;
    }

    private static bool IsHeader(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var key = line[..colon].Trim();
        foreach (var k in Keys)
        {
            if (key.Equals(k, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
