namespace DeFacto.Ingestion.Reading;

/// <summary>How a document is read into plain text.</summary>
internal enum DocumentFormat
{
    Text,
    Markdown,
    Html,
    Pdf,
}
