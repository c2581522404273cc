using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Reading;

/// <summary>
/// HTML: visible text in document order, block elements separated by blank lines; scripts, styles,
/// navigation and footers are skipped. Each text run is located in the source by a forward search,
/// so spans point into the HTML as written (approximately, where entities were decoded).
/// </summary>
internal sealed class HtmlReader : IDocumentReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form", "button", "select",
        "svg", "iframe", "object", "canvas", "math",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "table", "tr", "blockquote", "pre", "dl", "dt", "dd", "figure", "figcaption", "address", "hr", "br",
    };

    public DocumentFormat Format => DocumentFormat.Html;

    public ReadOutcome Read(RawDocument document)
    {
        var (text, error) = TextDecoder.Decode(document);
        if (text is null)
        {
            return ReadOutcome.Fail(error!);
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var html = parser.ParseDocument(text);
        var walker = new Walker(text);
        if (html.Body is { } body)
        {
            walker.Visit(body, depth: 0);
        }

        var title = html.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            title = html.QuerySelector("h1")?.TextContent.Trim();
        }

        var date = html.QuerySelector("meta[property='article:published_time'], meta[name='date'], meta[name='dc.date'], meta[name='DC.date']")?.GetAttribute("content")
            ?? html.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return ReadOutcome.Ok(new PlainDocument(text, walker.Builder.Build(), Format)
        {
            Title = string.IsNullOrEmpty(title) ? null : title,
            DeclaredDate = date,
        });
    }

    private sealed class Walker(string source)
    {
        private const int MaxDepth = 256;
        private int _cursor;

        public MappedTextBuilder Builder { get; } = new(source.Length);

        public void Visit(INode node, int depth)
        {
            if (depth > MaxDepth)
            {
                return;
            }

            foreach (var child in node.ChildNodes)
            {
                if (child is IText textNode)
                {
                    AppendText(textNode.Data);
                }
                else if (child is IElement element && !Skipped.Contains(element.LocalName))
                {
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        Break();
                    }

                    Visit(element, depth + 1);
                    if (block)
                    {
                        Break();
                    }
                }
            }
        }

        private void AppendText(string data)
        {
            var collapsed = Collapse(data);
            if (collapsed.Length == 0 || (collapsed == " " && Builder.Last is null or ' ' or '\n'))
            {
                return;
            }

            Builder.AppendOriginal(collapsed, Locate(data));
        }

        private int Locate(string data)
        {
            // The longest plain prefix: characters that an entity may have stood for would not be found.
            var probe = data.Trim();
            var plain = 0;
            while (plain < probe.Length && plain < 24 && (char.IsLetterOrDigit(probe[plain]) || probe[plain] is ' ' or '.' or ',' or ';' or ':' or '-' or '(' or ')'))
            {
                plain++;
            }

            probe = probe[..plain];
            if (probe.Length > 0)
            {
                var found = source.IndexOf(probe, _cursor, StringComparison.Ordinal);
                if (found >= 0)
                {
                    _cursor = found + probe.Length;
                    var lead = data.Length - data.TrimStart().Length;
                    return Math.Max(0, found - (lead > 0 ? 1 : 0));
                }
            }

            return Math.Min(_cursor, source.Length);
        }

        private void Break()
        {
            if (Builder.Length > 0 && Builder.Last != '\n')
            {
                Builder.AppendInserted("\n\n", Math.Min(_cursor, source.Length));
            }
        }

        private static string Collapse(string data)
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
}
