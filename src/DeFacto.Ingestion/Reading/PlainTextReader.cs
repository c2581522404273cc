using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Reading;

/// <summary>Plain text: the decoded text is the plain text.</summary>
internal sealed class PlainTextReader : IDocumentReader
{
    public DocumentFormat Format => DocumentFormat.Text;

    public ReadOutcome Read(RawDocument document)
    {
        var (text, error) = TextDecoder.Decode(document);
        if (text is null)
        {
            return ReadOutcome.Fail(error!);
        }

        var (title, date) = FrontMatter.Read(text);
        return ReadOutcome.Ok(new PlainDocument(text, MappedText.Identity(text), Format)
        {
            Title = title ?? FirstLine(text),
            DeclaredDate = date,
        });
    }

    private static string? FirstLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                return trimmed.Length <= 200 && trimmed.IndexOf(':') is < 0 or > 20 ? trimmed.ToString() : null;
            }
        }

        return null;
    }
}
