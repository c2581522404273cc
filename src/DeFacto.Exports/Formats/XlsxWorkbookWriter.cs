using System.Data;
using System.Globalization;
using DeFacto.Exports.Tables;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace DeFacto.Exports.Formats;

/// <summary>Writes tables as one workbook, one sheet per table named after it, with a frozen header row;
/// missing values are empty cells, numbers are numbers, and dates are real date cells shown as
/// YYYY-MM-DD, so readxl, pandas and spreadsheets read them as dates.</summary>
public static class XlsxWorkbookWriter
{
    /// <summary>Excel's limit on a sheet name's length.</summary>
    public const int MaxSheetName = 31;

    public static void Write(IReadOnlyList<Table> tables, string path)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            sheets[SheetName(table)] = Rows(table);
        }

        MiniExcel.SaveAs(path, sheets, overwriteFile: true, configuration: Configuration(tables));
    }

    public static string SheetName(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Name.Length > MaxSheetName ? table.Name[..MaxSheetName] : table.Name;
    }

    /// <summary>A date format for every date column. MiniExcel applies column settings by name across all
    /// sheets, so a name gets the date format only where every table uses it for dates.</summary>
    private static OpenXmlConfiguration Configuration(IReadOnlyList<Table> tables)
    {
        var columns = tables.SelectMany(t => t.Columns).ToLookup(c => c.Name, StringComparer.Ordinal);
        var dates = columns.Where(g => g.All(c => c.Type == Tables.ColumnType.Date)).Select(g => new DynamicExcelColumn(g.Key) { Format = "yyyy-mm-dd", Width = 12 });
        return new OpenXmlConfiguration { FreezeRowCount = 1, FreezeColumnCount = 0, DynamicColumns = [.. dates] };
    }

    /// <summary>The table as a DataTable: typed columns give the sheet its header even when it has no rows.</summary>
    private static DataTable Rows(Table table)
    {
        var data = new DataTable(table.Name) { Locale = CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
        {
            data.Columns.Add(column.Name, column.Type switch
            {
                Tables.ColumnType.WholeNumber => typeof(long),
                Tables.ColumnType.Number => typeof(double),
                Tables.ColumnType.Date => typeof(DateTime),
                Tables.ColumnType.Boolean => typeof(bool),
                _ => typeof(string),
            });
        }

        foreach (var row in table.Rows)
        {
            data.Rows.Add(row.Select(cell => cell switch
            {
                null => DBNull.Value,
                DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                var v => v,
            }).ToArray());
        }

        return data;
    }
}
