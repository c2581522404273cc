using System.Text;

namespace DeFacto.Exports.Tests.Readers;

/// <summary>
/// An RFC 4180 reader written for the tests, independent of CsvHelper: fields separated by commas,
/// records by CRLF (a bare LF is accepted), a field in double quotes may hold commas, quotes (doubled)
/// and line breaks. It rejects what the RFC forbids (a quote inside an unquoted field, text after a
/// closing quote), so a writer that breaks the format fails the test instead of being read leniently.
/// </summary>
internal static class Rfc4180
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var quoted = false;
        var afterQuote = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                    afterQuote = true;
                }
                else
                {
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
                    {
                        throw new FormatException($"bare CR at {i}");
                    }

                    i += c == '\r' ? 1 : 0;
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    afterQuote = false;
                    break;
                case '"':
                    if (field.Length > 0 || afterQuote)
                    {
                        throw new FormatException($"quote inside an unquoted field at {i}");
                    }

                    quoted = true;
                    break;
                default:
                    if (afterQuote)
                    {
                        throw new FormatException($"text after a closing quote at {i}");
                    }

                    field.Append(c);
                    break;
            }

            i++;
        }

        if (quoted)
        {
            throw new FormatException("unterminated quoted field");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }

    /// <summary>Reads a CSV file into header and rows as dictionaries; checks every record has the header's width.</summary>
    public static (string[] Header, List<Dictionary<string, string>> Rows) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{path} starts with a byte-order mark");
        var records = Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        var header = records[0];
        var rows = new List<Dictionary<string, string>>();
        foreach (var record in records.Skip(1))
        {
            Assert.Equal(header.Length, record.Length);
            rows.Add(header.Zip(record).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return (header, rows);
    }
}
