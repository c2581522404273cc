using DeFacto.Core.Time;

namespace DeFacto.Ingestion;

/// <summary>
/// One document to ingest: its name, its content as bytes or as text, and what the caller already
/// knows about it (format from the file extension, publication date, the territory it is about).
/// </summary>
public sealed record DocumentInput
{
    public required string Name { get; init; }

    public ReadOnlyMemory<byte>? Bytes { get; init; }

    public string? Text { get; init; }

    /// <summary>"txt", "md", "html" or "pdf" (a file extension, with or without the dot); null to sniff the content.</summary>
    public string? FormatHint { get; init; }

    public PartialDate? Published { get; init; }

    /// <summary>A registry id: the territory the document is about, when the caller knows it.</summary>
    public string? Territory { get; init; }

    public static DocumentInput FromText(string name, string text, string? formatHint = null) =>
        new() { Name = name, Text = text, FormatHint = formatHint };

    public static DocumentInput FromBytes(string name, ReadOnlyMemory<byte> bytes, string? formatHint = null) =>
        new() { Name = name, Bytes = bytes, FormatHint = formatHint };
}
