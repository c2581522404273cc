using System.Text.Encodings.Web;
using System.Text.Json;
using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

namespace DeFacto.Exports.Citations;

/// <summary>
/// The sources as CSL-JSON (the format Zotero, Pandoc and citeproc read): an array of items whose
/// <c>id</c> is the source id, typed by source kind, with authors split into given and family names.
/// </summary>
public static class CslJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ItemType(string kind) => kind switch
    {
        "report" => "report",
        "article" => "article-journal",
        "news" => "article-newspaper",
        "treaty" => "treaty",
        "law" => "legislation",
        "web-page" => "webpage",
        "encyclopedia" => "entry-encyclopedia",
        "statement" => "speech",
        "dataset" => "dataset",
        "book" => "book",
        _ => "document",
    };

    public static string Write(IEnumerable<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartArray();
            foreach (var source in sources)
            {
                WriteItem(w, source);
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteItem(Utf8JsonWriter w, Source s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("type", ItemType(s.Kind));
        w.WriteString("title", s.Title);
        if (s.Authors.Count > 0)
        {
            w.WriteStartArray("author");
            foreach (var author in s.Authors)
            {
                WriteName(w, author);
            }

            w.WriteEndArray();
        }
        else if (SourceAuthorship.Corporate(s) is { } body)
        {
            w.WriteStartArray("author");
            w.WriteStartObject();
            w.WriteString("literal", body);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        // A newspaper, journal or encyclopedia is the item's container (CSL's entry-encyclopedia styles print
        // it as "In Wikipedia"); sources often name it only as the publisher.
        var contained = s.Kind is "news" or "article" or "encyclopedia";
        String(w, "container-title", s.Container ?? (contained ? s.Publisher : null));
        String(w, "publisher", contained && s.Container is null ? null : s.Publisher);
        String(w, "number", s.Number);
        if (s.Published is { } p)
        {
            WriteDate(w, "issued", p);
        }

        String(w, "URL", s.Url);
        if (s.Accessed is { } accessed)
        {
            WriteDate(w, "accessed", PartialDate.FromDate(accessed));
        }

        String(w, "language", s.Language);
        String(w, "note", s.Note);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, PartialDate date)
    {
        w.WriteStartObject(name);
        w.WriteStartArray("date-parts");
        w.WriteStartArray();
        w.WriteNumberValue(date.Year);
        if (date.Month is { } m)
        {
            w.WriteNumberValue(m);
            if (date.Day is { } d)
            {
                w.WriteNumberValue(d);
            }
        }

        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>"Sinikukka Saari" → given Sinikukka, family Saari; "Saari, Sinikukka" likewise; a single word stays literal.</summary>
    private static void WriteName(Utf8JsonWriter w, string name)
    {
        var trimmed = name.Trim();
        w.WriteStartObject();
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        var space = trimmed.LastIndexOf(' ');
        if (comma > 0)
        {
            w.WriteString("family", trimmed[..comma].Trim());
            w.WriteString("given", trimmed[(comma + 1)..].Trim());
        }
        else if (space > 0)
        {
            w.WriteString("family", trimmed[(space + 1)..]);
            w.WriteString("given", trimmed[..space]);
        }
        else
        {
            w.WriteString("literal", trimmed);
        }

        w.WriteEndObject();
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            w.WriteString(name, value);
        }
    }
}
