namespace DeFacto.Exports.Tables;

/// <summary>Every column of every exported table, with its type and meaning: the codebook of the files
/// (docs/variables.md is the same list as a document, and the workbook has it as its "variables" sheet).</summary>
public static class VariablesTable
{
    public const string Name = "variables";

    private static readonly Column[] OwnColumns =
    [
        new("table", ColumnType.Text, "Table (resource, file stem and sheet name)"),
        new("column", ColumnType.Text, "Column name"),
        new("position", ColumnType.WholeNumber, "Position of the column in its table, from 1"),
        new("type", ColumnType.Text, "Frictionless Table Schema type: string, integer, number, date or boolean"),
        new("key", ColumnType.Text, "primary when the column is (part of) the table's primary key; references TABLE.COLUMN for a foreign key"),
        new("description", ColumnType.Text, "What the column holds"),
    ];

    public static Table Build(IReadOnlyList<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var rows = new List<object?[]>();
        foreach (var table in tables)
        {
            rows.AddRange(table.Columns.Select((c, i) => Row(table.Name, c, i, Key(table, c.Name))));
        }

        rows.AddRange(OwnColumns.Select((c, i) => Row(Name, c, i, c.Name is "table" or "column" ? "primary" : null)));
        return Table.Create(Name, "Variables", "Every column of every table: type, keys and meaning.", OwnColumns, ["table", "column"], [], rows);
    }

    private static object?[] Row(string table, Column c, int index, string? key) => [table, c.Name, (long)index + 1, c.SchemaType, key, c.Description];

    private static string? Key(Table table, string column)
    {
        var keys = new List<string>();
        if (table.PrimaryKey.Contains(column, StringComparer.Ordinal))
        {
            keys.Add("primary");
        }

        keys.AddRange(table.ForeignKeys.Where(f => f.Field == column).Select(f => $"references {f.Table}.{f.ReferenceField}"));
        return keys.Count == 0 ? null : string.Join("; ", keys);
    }
}
