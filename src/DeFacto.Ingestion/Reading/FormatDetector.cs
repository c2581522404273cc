namespace DeFacto.Ingestion.Reading;

/// <summary>Chooses a reader from the content's magic bytes first, then the caller's hint, then the content's look.</summary>
internal static class FormatDetector
{
    public static DocumentFormat Detect(RawDocument document, string? hint)
    {
        var bytes = document.Bytes.Span;
        if (document.Text is null && bytes.Length >= 5 && bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentFormat.Pdf;
        }

        var fromHint = FromHint(hint);
        if (fromHint is { } known)
        {
            return known;
        }

        var head = document.Text is { } t
            ? t[..Math.Min(t.Length, 2048)]
            : System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var trimmed = head.TrimStart();
        if (trimmed.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentFormat.Html;
        }

        return DocumentFormat.Text;
    }

    public static DocumentFormat? FromHint(string? hint) =>
        hint?.Trim().TrimStart('.').ToLowerInvariant() switch
        {
            "txt" or "text" or "plain" => DocumentFormat.Text,
            "md" or "markdown" or "mdown" or "mkd" => DocumentFormat.Markdown,
            "html" or "htm" or "xhtml" => DocumentFormat.Html,
            "pdf" => DocumentFormat.Pdf,
            _ => null,
        };

    public static string Name(DocumentFormat format) => format switch
    {
        DocumentFormat.Markdown => "md",
        DocumentFormat.Html => "html",
        DocumentFormat.Pdf => "pdf",
        _ => "txt",
    };
}
