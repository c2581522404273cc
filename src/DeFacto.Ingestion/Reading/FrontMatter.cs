namespace DeFacto.Ingestion.Reading;

/// <summary>
/// A block of "key: value" lines at the very top of a text (e-mail style headers, YAML front matter):
/// read for a title and a date, and otherwise left in the text.
/// </summary>
internal static class FrontMatter
{
    public static (string? Title, string? Date) Read(string text)
    {
        string? title = null;
        string? date = null;
        var pos = 0;
        var lines = 0;
        while (pos < text.Length && lines < 20)
        {
            var end = text.IndexOf('\n', pos);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(pos, end - pos).Trim();
            pos = end + 1;
            if (line.Length == 0)
            {
                if (lines > 0)
                {
                    break;
                }

                continue;
            }

            if (line.SequenceEqual("---") && lines == 0)
            {
                continue;
            }

            if (line.SequenceEqual("---"))
            {
                break;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || colon > 20 || !IsKey(line[..colon]))
            {
                break;
            }

            lines++;
            var key = line[..colon].ToString().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim().Trim('"').ToString();
            if (key == "title")
            {
                title = value;
            }
            else if (key is "date" or "published")
            {
                date = value;
            }
        }

        return (title, date);
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        return char.IsAsciiLetter(key[0]);
    }
}
