using System.Globalization;
using System.Reflection;

namespace DeFacto.Storage.Records;

/// <summary>A table's name and columns, and the SQL to read and upsert its rows, valid on SQLite and PostgreSQL alike.</summary>
internal sealed class TableSpec
{
    // Set on insert only: an update keeps when and in what order the record first arrived.
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "created_at", "seq" };

    // FluentMigrator gives doubles NUMERIC affinity on SQLite, which hands back whole numbers as integers;
    // a cast makes every row read as a double on both databases.
    private static readonly HashSet<string> Doubles = new(StringComparer.Ordinal) { "value_point", "value_low", "value_high", "confidence", "resolution_point", "resolution_low", "resolution_high" };

    private TableSpec(string name, string key, IReadOnlyList<string> columns)
    {
        Name = name;
        Columns = columns;
        Select = $"SELECT {string.Join(", ", columns.Select(c => $"{Read(c)} AS \"{Property(c)}\""))} FROM {name}";
        var updates = columns.Where(c => c != key && !Kept.Contains(c)).Select(c => $"{c} = excluded.{c}").ToList();
        Upsert = $"INSERT INTO {name} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + Property(c)))})" +
            (updates.Count == 0 ? $" ON CONFLICT ({key}) DO NOTHING" : $" ON CONFLICT ({key}) DO UPDATE SET {string.Join(", ", updates)}");
        Insert = $"INSERT INTO {name} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + Property(c)))})";
    }

    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    public string Select { get; }

    public string Upsert { get; }

    public string Insert { get; }

    /// <summary>
    /// The table whose rows are <typeparamref name="TRow"/>: one column per public property, base class first
    /// (so an evidence table starts with <c>id</c> and the provenance columns), each in declaration order.
    /// </summary>
    public static TableSpec Of<TRow>(string name, string key = "id") => new(name, key, ColumnsOf(typeof(TRow)));

    private static List<string> ColumnsOf(Type row)
    {
        var chain = new List<Type>();
        for (var t = row; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        return chain.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .OrderBy(p => chain.IndexOf(p.DeclaringType!)).ThenBy(p => p.MetadataToken)
            .Select(p => Column(p.Name)).ToList();
    }

    private static string Read(string column) => Doubles.Contains(column) ? $"CAST({column} AS DOUBLE PRECISION)" : column;

    /// <summary>The column a row property is stored in: <c>SourceId</c> → <c>source_id</c>.</summary>
    public static string Column(string property) =>
        string.Concat(property.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The row property a column maps to: <c>source_id</c> → <c>SourceId</c>.</summary>
    public static string Property(string column) =>
        string.Concat(column.Split('_').Select(p => char.ToUpper(p[0], CultureInfo.InvariantCulture) + p[1..]));
}
