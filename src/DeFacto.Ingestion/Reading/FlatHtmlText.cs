using System.Net;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Reading;

/// <summary>
/// The visible text of an HTML document in one linear pass over its tags, for documents nested too deep to
/// hand to a full parser: every text run is kept (none is dropped for being deep), entities are decoded,
/// block elements become paragraph breaks, and scripts, styles and page furniture are skipped as the
/// parser-based reader skips them. Each run keeps its exact offset in the HTML.
/// </summary>
internal static class FlatHtmlText
{
    public static (MappedText Text, string? Title) Extract(string html, ISet<string> skipped, ISet<string> blocks)
    {
        var builder = new MappedTextBuilder(html.Length);
        string? title = null;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var runEnd = lt < 0 ? html.Length : lt;
            Append(builder, html, i, runEnd);
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
                // A lone '<' in text, as browsers read it.
                Append(builder, html, lt, html.Length);
                break;
            }

            var closing = html[lt + 1] == '/';
            var name = HtmlDepth.Name(html, closing ? lt + 2 : lt + 1);
            i = end + 1;
            if (name.Length == 0)
            {
                continue;
            }

            if (!closing && (skipped.Contains(name) || name.Equals("title", StringComparison.OrdinalIgnoreCase)) && html[end - 1] != '/')
            {
                var close = SkipTo(html, name, end + 1);
                if (name.Equals("title", StringComparison.OrdinalIgnoreCase) && title is null)
                {
                    title = WebUtility.HtmlDecode(html[(end + 1)..Math.Min(close.ContentEnd, html.Length)]).Trim();
                }

                i = close.After;
                continue;
            }

            if (blocks.Contains(name))
            {
                Break(builder, lt);
            }
        }

        return (builder.Build(), string.IsNullOrEmpty(title) ? null : title);
    }

    // The end of an element skipped whole, counting nested elements of the same name (a nav inside a nav).
    private static (int ContentEnd, int After) SkipTo(string html, string name, int from)
    {
        var level = 1;
        var i = from;
        while (level > 0)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                return (html.Length, html.Length);
            }

            var closing = html[lt + 1] == '/';
            var tag = HtmlDepth.Name(html, closing ? lt + 2 : lt + 1);
            var end = html.IndexOf('>', lt + 1);
            i = end < 0 ? html.Length : end + 1;
            if (!tag.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            level += closing ? -1 : 1;
            if (level == 0)
            {
                return (lt, i);
            }
        }

        return (i, i);
    }

    private static void Append(MappedTextBuilder builder, string html, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        var raw = html[start..end];
        var decoded = raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw;
        var collapsed = Collapse(decoded);
        if (collapsed.Length == 0 || (collapsed == " " && builder.Last is null or ' ' or '\n'))
        {
            return;
        }

        var lead = raw.Length - raw.TrimStart().Length;
        builder.AppendOriginal(collapsed, start + Math.Max(0, lead - (collapsed[0] == ' ' ? 1 : 0)));
    }

    private static void Break(MappedTextBuilder builder, int at)
    {
        if (builder.Length > 0 && builder.Last != '\n')
        {
            builder.AppendInserted("\n\n", at);
        }
    }

    /// <summary>Runs of white space as one space, as a browser shows them.</summary>
    internal static string Collapse(string data)
    {
        var chars = new System.Text.StringBuilder(data.Length);
        var space = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                chars.Append(' ');
                space = false;
            }

            chars.Append(c);
        }

        if (space)
        {
            chars.Append(' ');
        }

        return chars.ToString();
    }
}
