using DeFacto.Exports.Tables;
using MiniExcelLibs;

namespace DeFacto.Exports.Formats;

/// <summary>Writes tables as one workbook, one sheet per table named after it, with a header row;
/// missing values are empty cells, numbers are numbers, dates are ISO text (YYYY-MM-DD).</summary>
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
            sheets[SheetName(table)] = Rows(table).ToList();
        }

        MiniExcel.SaveAs(path, sheets, overwriteFile: true);
    }

    public static string SheetName(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Name.Length > MaxSheetName ? table.Name[..MaxSheetName] : table.Name;
    }

    private static IEnumerable<Dictionary<string, object?>> Rows(Table table)
    {
        foreach (var row in table.Rows)
        {
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                cells[table.Columns[c].Name] = row[c] switch
                {
                    DateOnly d => CellText.Of(d),
                    var v => v,
                };
            }

            yield return cells;
        }
    }
}
