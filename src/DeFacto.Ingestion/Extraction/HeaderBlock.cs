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

    /// <summary>Where the body starts in the cleaned text, given where it starts in the original (cleaning may have joined a header line to the body).</summary>
    public static int Start(Text.MappedText cleaned, int originalBodyStart)
    {
        if (originalBodyStart <= 0)
        {
            return 0;
        }

        int low = 0, high = cleaned.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (cleaned.ToOriginal(mid) < originalBodyStart)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>A sentence that runs from the header into the body is cut where the body starts.</summary>
    public static List<Sentences.Sentence> Separate(List<Sentences.Sentence> sentences, int bodyStart)
    {
        if (bodyStart <= 0)
        {
            return sentences;
        }

        var result = new List<Sentences.Sentence>(sentences.Count + 1);
        foreach (var s in sentences)
        {
            if (s.Start < bodyStart && bodyStart < s.End)
            {
                result.Add(new Sentences.Sentence(result.Count, s.Start, bodyStart - s.Start, s.Paragraph));
                result.Add(new Sentences.Sentence(result.Count, bodyStart, s.End - bodyStart, s.Paragraph));
            }
            else
            {
                result.Add(s with { Index = result.Count });
            }
        }

        return result;
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
