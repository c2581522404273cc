namespace DeFacto.Exports.Tables;

/// <summary>The value types a table cell may hold; they map one to one onto Frictionless Table Schema types.</summary>
public enum ColumnType
{
    /// <summary>A <see cref="string"/>.</summary>
    Text,

    /// <summary>A <see cref="long"/> (Table Schema "integer").</summary>
    WholeNumber,

    /// <summary>A <see cref="double"/>.</summary>
    Number,

    /// <summary>A <see cref="DateOnly"/>, written as ISO 8601 (YYYY-MM-DD).</summary>
    Date,

    /// <summary>A <see cref="bool"/>.</summary>
    Boolean,
}
