using System.Text;
using DeFacto.Ingestion.Text;
using UglyToad.PdfPig;

namespace DeFacto.Ingestion.Reading;

/// <summary>
/// PDF through PdfPig: each page's words in reading order, lines kept, pages separated by a form feed
/// (which cleaning reads as a page break). The extracted text is the original that spans point into.
/// </summary>
internal sealed class PdfReader : IDocumentReader
{
    /// <summary>The PDF library runs on a thread of its own with this much stack, so recursion the structure check cannot see still has room.</summary>
    private const int LibraryStack = 64 * 1024 * 1024;

    private readonly TimeSpan _timeLimit;

    public PdfReader()
        : this(TimeSpan.FromSeconds(60))
    {
    }

    /// <summary>A reader that gives up on a PDF the library has not read within <paramref name="timeLimit"/>.</summary>
    internal PdfReader(TimeSpan timeLimit) => _timeLimit = timeLimit;

    public DocumentFormat Format => DocumentFormat.Pdf;

    public ReadOutcome Read(RawDocument document)
    {
        if (document.Bytes.Length == 0)
        {
            return ReadOutcome.Fail("the PDF is empty: there is no text to read");
        }

        // The library recurses through the page tree and nested objects; a stack overflow cannot be caught, so
        // a structure it would not survive is refused here, in one line, before the library sees it.
        if (PdfShape.Problem(document.Bytes.Span) is { } problem)
        {
            return ReadOutcome.Fail($"the PDF {problem}; it was not read");
        }

        var outcome = ReadOutcome.Fail("the PDF could not be read");
        var reader = new Thread(() => outcome = ReadWithLibrary(document), LibraryStack) { IsBackground = true, Name = "defacto-pdf" };
        reader.Start();
        if (!reader.Join(_timeLimit))
        {
            return ReadOutcome.Fail($"the PDF was still being read after {_timeLimit.TotalSeconds:0} s and was given up (the file may be damaged); try extracting its text with another tool");
        }

        return outcome;
    }

    private static ReadOutcome ReadWithLibrary(RawDocument document)
    {
        try
        {
            using var pdf = PdfDocument.Open(document.Bytes.ToArray(), new ParsingOptions { UseLenientParsing = true });
            var text = new StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                if (text.Length > 0)
                {
                    text.Append("\n\f\n");
                }

                AppendPage(page, text);
            }

            var extracted = text.ToString();
            if (string.IsNullOrWhiteSpace(extracted))
            {
                return ReadOutcome.Fail("the PDF has no extractable text (scanned images need OCR first)");
            }

            var title = pdf.Information.Title;
            return ReadOutcome.Ok(new PlainDocument(extracted, MappedText.Identity(extracted), DocumentFormat.Pdf)
            {
                Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
                DeclaredDate = pdf.Information.CreationDate is { Length: >= 10 } d && d.StartsWith("D:", StringComparison.Ordinal)
                    ? $"{d[2..6]}-{d[6..8]}-{d[8..10]}"
                    : null,
            });
        }
#pragma warning disable CA1031 // A broken PDF can fail in many ways inside PdfPig; each becomes one per-document error.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return ReadOutcome.Fail($"the PDF could not be read ({e.GetType().Name}: {e.Message}); check that the file is a complete, unencrypted PDF");
        }
    }

    private static void AppendPage(UglyToad.PdfPig.Content.Page page, StringBuilder text)
    {
        double? lastBaseline = null;
        foreach (var word in page.GetWords())
        {
            var baseline = word.BoundingBox.Bottom;
            if (lastBaseline is { } previous)
            {
                if (Math.Abs(previous - baseline) > word.BoundingBox.Height * 0.5)
                {
                    var gap = previous - baseline;
                    text.Append(gap > word.BoundingBox.Height * 2.2 ? "\n\n" : "\n");
                }
                else
                {
                    text.Append(' ');
                }
            }

            text.Append(word.Text);
            lastBaseline = baseline;
        }
    }
}
