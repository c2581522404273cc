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

    /// <summary>Deeper documents are read without the HTML parser (see <see cref="FlatHtmlText"/>).</summary>
    internal const int MaxParsedDepth = 256;

    public DocumentFormat Format => DocumentFormat.Html;

    public ReadOutcome Read(RawDocument document)
    {
        var (text, error) = TextDecoder.Decode(document);
        if (text is null)
        {
            return ReadOutcome.Fail(error!);
        }

        // A full HTML parser spends time in proportion to the nesting depth on every tag; past a depth no real
        // page has, the text is read in one linear pass over the tags instead (keeping every run of text).
        if (HtmlDepth.Estimate(text) > MaxParsedDepth)
        {
            var (flat, flatTitle) = FlatHtmlText.Extract(text, Skipped, Blocks);
            return ReadOutcome.Ok(new PlainDocument(text, flat, Format) { Title = flatTitle });
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var html = parser.ParseDocument(text);
        var walker = new Walker(text);
        if (html.Body is { } body)
        {
            walker.Visit(body);
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
        private int _cursor;

        public MappedTextBuilder Builder { get; } = new(source.Length);

        /// <summary>Every text node in document order, with an explicit stack: no depth is too deep and none is skipped.</summary>
        public void Visit(INode root)
        {
            var stack = new Stack<(INode Node, int Next, bool Block)>();
            stack.Push((root, 0, false));
            while (stack.Count > 0)
            {
                var (node, next, block) = stack.Pop();
                var children = node.ChildNodes;
                if (next >= children.Length)
                {
                    if (block)
                    {
                        Break();
                    }

                    continue;
                }

                stack.Push((node, next + 1, block));
                var child = children[next];
                if (child is IText textNode)
                {
                    AppendText(textNode.Data);
                }
                else if (child is IElement element && !Skipped.Contains(element.LocalName))
                {
                    var isBlock = Blocks.Contains(element.LocalName);
                    if (isBlock)
                    {
                        Break();
                    }

                    stack.Push((element, 0, isBlock));
                }
            }
        }

        private void AppendText(string data)
        {
            var collapsed = FlatHtmlText.Collapse(data);
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
    }
}
