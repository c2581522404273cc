namespace DeFacto.Ingestion.Reading;

/// <summary>
/// A linear estimate of how deep an HTML document's elements nest, from its tags alone, made before a full
/// HTML parser sees it: the parser's tree construction costs time in proportion to the depth for every
/// tag, so a document nested 100,000 deep takes minutes. An end tag counts only when an element of its
/// name is open, so stray end tags cannot hide depth.
/// </summary>
internal static class HtmlDepth
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp" };

    public static int Estimate(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int depth = 0, deepest = 0, i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var end = html.IndexOf('>', lt + 1);
            if (end < 0)
            {
                break;
            }

            var closing = html[lt + 1] == '/';
            var name = Name(html, closing ? lt + 2 : lt + 1);
            i = end + 1;
            if (name.Length == 0)
            {
                continue;
            }

            if (closing)
            {
                if (open.TryGetValue(name, out var n) && n > 0)
                {
                    open[name] = n - 1;
                    depth--;
                }
            }
            else if (RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, end + 1, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
            else if (!Void.Contains(name) && html[end - 1] != '/')
            {
                open[name] = open.GetValueOrDefault(name) + 1;
                deepest = Math.Max(deepest, ++depth);
            }
        }

        return deepest;
    }

    /// <summary>The tag name starting at <paramref name="start"/>: letters, digits and '-', as HTML allows.</summary>
    internal static string Name(string html, int start)
    {
        var end = start;
        while (end < html.Length && end - start < 64 && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-') && (end > start || char.IsAsciiLetter(html[end])))
        {
            end++;
        }

        return html[start..end];
    }
}
