using System.Text.Encodings.Web;
using System.Text.Json;
using DeFacto.Exports.Tables;

namespace DeFacto.Exports.Formats;

/// <summary>Writes a table as a JSON array of objects, one per row, keyed by column name; missing
/// values are null, dates ISO strings (the layout pandas' <c>read_json(orient="records")</c> reads).</summary>
public static class JsonTableWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Table table, string path)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = File.Create(path);
        Write(table, stream);
    }

    public static void Write(Table table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartArray();
        foreach (var row in table.Rows)
        {
            w.WriteStartObject();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var name = table.Columns[c].Name;
                switch (row[c])
                {
                    case null:
                        w.WriteNull(name);
                        break;
                    case long l:
                        w.WriteNumber(name, l);
                        break;
                    case double d:
                        w.WriteNumber(name, d);
                        break;
                    case bool b:
                        w.WriteBoolean(name, b);
                        break;
                    default:
                        w.WriteString(name, CellText.Of(row[c]));
                        break;
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
