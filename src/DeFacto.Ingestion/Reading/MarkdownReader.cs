using DeFacto.Ingestion.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DeFacto.Ingestion.Reading;

/// <summary>
/// Markdown: the markup is dropped and each literal keeps its offset in the Markdown source (Markdig
/// records it), so spans point into the file as written. Blocks are separated by blank lines.
/// </summary>
internal sealed class MarkdownReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public DocumentFormat Format => DocumentFormat.Markdown;

    public ReadOutcome Read(RawDocument document)
    {
        var (text, error) = TextDecoder.Decode(document);
        if (text is null)
        {
            return ReadOutcome.Fail(error!);
        }

        MarkdownDocument parsed;
        try
        {
            parsed = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses markup nested past its depth limit; the words are still there to read, as plain text.
            var (plainTitle, plainDate) = FrontMatter.Read(text);
            return ReadOutcome.Ok(new PlainDocument(text, MappedText.Identity(text), Format) { Title = plainTitle, DeclaredDate = plainDate });
        }

        var builder = new MappedTextBuilder(text.Length);
        string? firstHeading = null;
        string? title = null;
        foreach (var block in parsed.Descendants<LeafBlock>())
        {
            var start = builder.Length;
            switch (block)
            {
                case ThematicBreakBlock:
                    builder.AppendInserted("\n\n", block.Span.Start);
                    continue;
                case CodeBlock code:
                    // An empty code block has no line array at all.
                    for (var i = 0; i < code.Lines.Count; i++)
                    {
                        var line = code.Lines.Lines[i];
                        builder.AppendOriginal(line.Slice.ToString(), line.Slice.Start);
                        builder.AppendInserted("\n", line.Slice.End);
                    }

                    break;
                default:
                    if (block.Inline is not null)
                    {
                        AppendInlines(block.Inline, builder);
                    }

                    break;
            }

            if (block is HeadingBlock && builder.Length > start)
            {
                var heading = builder.TextFrom(start).Trim();
                firstHeading ??= heading;
                if (title is null && heading.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4)
                {
                    title = heading;
                }
            }

            builder.AppendInserted("\n\n", block.Span.End + 1);
        }

        var (frontTitle, date) = FrontMatter.Read(text);
        return ReadOutcome.Ok(new PlainDocument(text, builder.Build(), Format)
        {
            Title = frontTitle ?? title ?? firstHeading,
            DeclaredDate = date,
        });
    }

    private static void AppendInlines(ContainerInline container, MappedTextBuilder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.AppendOriginal(literal.Content.ToString(), literal.Span.Start);
                    break;
                case CodeInline code:
                    builder.AppendOriginal(code.Content, code.Span.Start + code.DelimiterCount);
                    break;
                case LineBreakInline lineBreak:
                    builder.AppendInserted(lineBreak.IsHard ? "\n" : " ", lineBreak.Span.Start);
                    break;
                case HtmlEntityInline entity:
                    builder.AppendInserted(entity.Transcoded.ToString(), entity.Span.Start);
                    break;
                case AutolinkInline link:
                    builder.AppendOriginal(link.Url, link.Span.Start + 1);
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, builder);
                    break;
                default:
                    break;
            }
        }
    }
}
