using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DeFacto.Exports.Tables;

namespace DeFacto.Exports.Formats;

/// <summary>Writes a table as RFC 4180 CSV: UTF-8 without a byte-order mark, CRLF line ends, a header
/// row, fields quoted when they hold a comma, quote or line break, ISO dates, empty for missing.</summary>
public static class CsvTableWriter
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Table table, string path)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new StreamWriter(path, append: false, Utf8);
        Write(table, stream);
    }

    public static void Write(Table table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, config, leaveOpen: true);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column.Name);
        }

        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(CellText.Of(cell));
            }

            csv.NextRecord();
        }
    }
}
