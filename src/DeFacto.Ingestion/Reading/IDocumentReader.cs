namespace DeFacto.Ingestion.Reading;

/// <summary>One format's reader: document → plain text with offsets. Never throws for bad content.</summary>
internal interface IDocumentReader
{
    DocumentFormat Format { get; }

    ReadOutcome Read(RawDocument document);
}
