using System.Text.Json;

namespace DeFacto.Ingestion;

/// <summary>Writes a result in the ingest JSON contract (issue 5); the names are stable.</summary>
public static class IngestionJson
{
    public static void Write(IngestionResult result, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteStartObject("document");
        writer.WriteString("title", result.Document.Title);
        writer.WriteString("published", result.Document.Published?.ToString());
        writer.WriteString("primaryTerritory", result.Document.PrimaryTerritory);
        writer.WriteEndObject();

        writer.WriteStartArray("observations");
        foreach (var fact in result.Observations)
        {
            WriteFact(fact, writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("events");
        foreach (var e in result.Events)
        {
            writer.WriteStartObject();
            writer.WriteString("type", e.Type);
            writer.WriteString("date", e.Date.ToString());
            writer.WriteStartArray("parties");
            foreach (var party in e.Parties)
            {
                writer.WriteStringValue(party);
            }

            writer.WriteEndArray();
            writer.WriteString("title", e.Title);
            WriteSpan(e.Span, writer);
            writer.WriteString("quote", e.Quote);
            writer.WriteNumber("confidence", e.Confidence);
            WritePassage("sentence", e.Sentence, writer);
            WritePassage("paragraph", e.Paragraph, writer);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFact(CandidateFact fact, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("territory", fact.Territory);
        writer.WriteString("indicator", fact.Indicator);
        WriteNumber(writer, "value", fact.Value);
        WriteNumber(writer, "low", fact.Low);
        WriteNumber(writer, "high", fact.High);
        writer.WriteString("category", fact.Category);
        writer.WriteString("unit", fact.Unit);
        writer.WriteString("status", Core.Evidence.Vocabulary.Name(fact.Status));
        writer.WriteString("qualifier", fact.Qualifier);
        writer.WriteString("asOf", fact.AsOf?.ToString());
        WriteSpan(fact.Span, writer);
        writer.WriteString("quote", fact.Quote);
        writer.WriteNumber("confidence", fact.Confidence);
        WritePassage("sentence", fact.Sentence, writer);
        WritePassage("paragraph", fact.Paragraph, writer);
        writer.WriteEndObject();
    }

    /// <summary>"sentence" / "paragraph": {"text": …, "span": {"start", "length"}} so a review shows the evidence in context.</summary>
    private static void WritePassage(string name, TextPassage? passage, Utf8JsonWriter writer)
    {
        if (passage is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("text", passage.Text);
        WriteSpan(passage.Span, writer);
        writer.WriteEndObject();
    }

    private static void WriteSpan(TextSpan span, Utf8JsonWriter writer)
    {
        writer.WriteStartObject("span");
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("length", span.Length);
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
