namespace DeFacto.Exports.Tables;

/// <summary>
/// A rectangular table ready to be written in any format: named, typed columns and rows of cells,
/// where a cell is a <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="DateOnly"/>,
/// <see cref="bool"/> or null (missing). Every format writer and the data package read this one shape,
/// so a CSV, a Parquet file and a sheet of the workbook always hold the same values.
/// </summary>
public sealed class Table
{
    private Table(string name, string title, string description, IReadOnlyList<Column> columns,
        IReadOnlyList<string> primaryKey, IReadOnlyList<ForeignKey> foreignKeys, IReadOnlyList<object?[]> rows)
    {
        Name = name;
        Title = title;
        Description = description;
        Columns = columns;
        PrimaryKey = primaryKey;
        ForeignKeys = foreignKeys;
        Rows = rows;
    }

    /// <summary>The resource name and file stem, e.g. <c>panel</c>.</summary>
    public string Name { get; }

    public string Title { get; }

    public string Description { get; }

    public IReadOnlyList<Column> Columns { get; }

    public IReadOnlyList<string> PrimaryKey { get; }

    public IReadOnlyList<ForeignKey> ForeignKeys { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    /// <summary>Builds a table, checking that every row has one cell per column and every cell fits its column's type.</summary>
    public static Table Create(string name, string title, string description, IReadOnlyList<Column> columns,
        IReadOnlyList<string> primaryKey, IReadOnlyList<ForeignKey> foreignKeys, IReadOnlyList<object?[]> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var names = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (names.Count != columns.Count)
        {
            throw new ArgumentException($"table {name} repeats a column name", nameof(columns));
        }

        foreach (var key in primaryKey.Concat(foreignKeys.Select(f => f.Field)))
        {
            if (!names.Contains(key))
            {
                throw new ArgumentException($"table {name} has no column {key} for its key", nameof(primaryKey));
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Length != columns.Count)
            {
                throw new ArgumentException($"table {name} row {r} has {rows[r].Length} cells for {columns.Count} columns", nameof(rows));
            }

            for (var c = 0; c < columns.Count; c++)
            {
                if (!columns[c].Accepts(rows[r][c]))
                {
                    throw new ArgumentException($"table {name} row {r} column {columns[c].Name}: {rows[r][c]?.GetType().Name} is not {columns[c].Type}", nameof(rows));
                }
            }
        }

        return new Table(name, title, description, columns, primaryKey, foreignKeys, rows);
    }

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every cell of one column, top to bottom.</summary>
    public IEnumerable<object?> Cells(int column) => Rows.Select(r => r[column]);
}
