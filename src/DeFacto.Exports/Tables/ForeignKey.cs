namespace DeFacto.Exports.Tables;

/// <summary>A column whose values are keys of another table (Frictionless <c>foreignKeys</c>).</summary>
public sealed record ForeignKey(string Field, string Table, string ReferenceField);
