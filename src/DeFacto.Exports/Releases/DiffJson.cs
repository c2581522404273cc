using System.Text.Encodings.Web;
using System.Text.Json;

namespace DeFacto.Exports.Releases;

/// <summary>A release diff as JSON, for scripts and the web app.</summary>
public static class DiffJson
{
    public static string Write(ReleaseDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("before", diff.Before.Version);
            w.WriteString("after", diff.After.Version);
            w.WriteString("codebookBefore", diff.Before.CodebookVersion);
            w.WriteString("codebookAfter", diff.After.CodebookVersion);
            Strings(w, "integrity", diff.Integrity);
            w.WriteStartArray("observations");
            foreach (var o in diff.Observations)
            {
                w.WriteStartObject();
                w.WriteString("id", o.Id);
                w.WriteString("change", o.Kind.ToString().ToLowerInvariant());
                w.WriteString("territory", o.Territory);
                w.WriteString("indicator", o.Current.Indicator);
                Strings(w, "fields", o.Fields);
                w.WriteString("description", o.Describe());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("cells");
            foreach (var c in diff.Cells)
            {
                w.WriteStartObject();
                w.WriteString("territory", c.Territory);
                w.WriteNumber("year", c.Year);
                w.WriteString("basis", c.Basis);
                w.WriteString("column", c.Column);
                w.WriteString("before", c.Before);
                w.WriteString("after", c.After);
                Strings(w, "because", c.Because);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "rowsAdded", diff.RowsAdded.Select(k => k.ToString()));
            Strings(w, "rowsRemoved", diff.RowsRemoved.Select(k => k.ToString()));
            Strings(w, "columnsAdded", diff.ColumnsAdded);
            Strings(w, "columnsRemoved", diff.ColumnsRemoved);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
