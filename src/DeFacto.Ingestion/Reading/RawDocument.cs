namespace DeFacto.Ingestion.Reading;

/// <summary>A document as it arrived: its bytes, or its text when the caller already had text.</summary>
internal sealed record RawDocument(string Name, ReadOnlyMemory<byte> Bytes, string? Text);
