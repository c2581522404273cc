namespace DeFacto.Exports.Tables;

/// <summary>One column of an exported table: its name (a valid R, Stata and pandas identifier), type and meaning.</summary>
public sealed record Column(string Name, ColumnType Type, string Description)
{
    /// <summary>The Frictionless Table Schema type name.</summary>
    public string SchemaType => Type switch
    {
        ColumnType.WholeNumber => "integer",
        ColumnType.Number => "number",
        ColumnType.Date => "date",
        ColumnType.Boolean => "boolean",
        _ => "string",
    };

    /// <summary>True when <paramref name="value"/> may stand in this column (null always may: it is a missing value).</summary>
    public bool Accepts(object? value) => value is null || Type switch
    {
        ColumnType.Text => value is string,
        ColumnType.WholeNumber => value is long,
        ColumnType.Number => value is double d && double.IsFinite(d),
        ColumnType.Date => value is DateOnly,
        _ => value is bool,
    };
}
