namespace DeFacto.Exports.Tables;

/// <summary>Declares a table's columns once, each with how to read its cell from a row object, then builds the table.</summary>
internal sealed class TableSpec<T>(string name, string title, string description)
{
    private readonly List<(Column Column, Func<T, object?> Read)> _columns = [];
    private readonly List<ForeignKey> _foreignKeys = [];
    private string[] _primaryKey = [];

    public TableSpec<T> Text(string column, string meaning, Func<T, string?> read) => Add(column, ColumnType.Text, meaning, r => read(r));

    public TableSpec<T> Integer(string column, string meaning, Func<T, long?> read) => Add(column, ColumnType.WholeNumber, meaning, r => read(r));

    public TableSpec<T> Number(string column, string meaning, Func<T, double?> read) =>
        Add(column, ColumnType.Number, meaning, r => read(r) is { } d && double.IsFinite(d) ? d : null);

    public TableSpec<T> Date(string column, string meaning, Func<T, DateOnly?> read) => Add(column, ColumnType.Date, meaning, r => read(r));

    public TableSpec<T> Boolean(string column, string meaning, Func<T, bool?> read) => Add(column, ColumnType.Boolean, meaning, r => read(r));

    public TableSpec<T> Key(params string[] columns)
    {
        _primaryKey = columns;
        return this;
    }

    public TableSpec<T> References(string column, string table, string referenceColumn)
    {
        _foreignKeys.Add(new ForeignKey(column, table, referenceColumn));
        return this;
    }

    public Table Build(IEnumerable<T> rows)
    {
        var cells = rows.Select(row => _columns.Select(c => c.Read(row)).ToArray()).ToList();
        return Table.Create(name, title, description, _columns.Select(c => c.Column).ToList(), _primaryKey, _foreignKeys, cells);
    }

    private TableSpec<T> Add(string column, ColumnType type, string meaning, Func<T, object?> read)
    {
        _columns.Add((new Column(column, type, meaning), read));
        return this;
    }
}
