using DeFacto.Exports.Tables;
using Parquet;
using Parquet.Schema;

namespace DeFacto.Exports.Formats;

/// <summary>Writes a table as one Parquet file with one row group: strings as UTF-8, integers as
/// INT64, numbers as DOUBLE, dates as DATE, booleans as BOOLEAN, every column optional (null = missing).</summary>
public static class ParquetTableWriter
{
    public static void Write(Table table, string path)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = File.Create(path);
        WriteAsync(table, stream).GetAwaiter().GetResult();
    }

    public static async Task WriteAsync(Table table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        var fields = table.Columns.Select(Field).ToList();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string>
        {
            ["defacto.table"] = table.Name,
            ["defacto.description"] = table.Description,
        };
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Count; c++)
        {
            var cells = table.Cells(c).ToList();
            switch (table.Columns[c].Type)
            {
                case ColumnType.WholeNumber:
                    await group.WriteAsync<long>(fields[c], cells.Select(v => (long?)v).ToArray()).ConfigureAwait(false);
                    break;
                case ColumnType.Number:
                    await group.WriteAsync<double>(fields[c], cells.Select(v => (double?)v).ToArray()).ConfigureAwait(false);
                    break;
                case ColumnType.Date:
                    await group.WriteAsync<DateOnly>(fields[c], cells.Select(v => (DateOnly?)v).ToArray()).ConfigureAwait(false);
                    break;
                case ColumnType.Boolean:
                    await group.WriteAsync<bool>(fields[c], cells.Select(v => (bool?)v).ToArray()).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync(fields[c], cells.Select(v => (string?)v).ToArray()!).ConfigureAwait(false);
                    break;
            }
        }
    }

    private static DataField Field(Column column) => column.Type switch
    {
        ColumnType.WholeNumber => new DataField<long?>(column.Name),
        ColumnType.Number => new DataField<double?>(column.Name),
        ColumnType.Date => new DataField<DateOnly?>(column.Name),
        ColumnType.Boolean => new DataField<bool?>(column.Name),
        _ => new DataField<string>(column.Name, true),
    };
}
