using System.Data.Common;
using System.Globalization;
using DeFacto.Storage.Connections;

namespace DeFacto.Storage.Tests.Providers;

/// <summary>SQL run on a ledger directly, as another process or a person at a SQL prompt would.</summary>
internal static class LedgerSql
{
    public static void Execute(string location, params string[] statements)
    {
        using var connection = Connect(location);
        foreach (var sql in statements)
        {
            Execute(connection, sql);
        }
    }

    public static void Execute(DbConnection connection, string sql, IReadOnlyDictionary<string, object>? parameters = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters ?? new Dictionary<string, object>())
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        command.ExecuteNonQuery();
    }

    public static long Scalar(string location, string sql)
    {
        using var connection = Connect(location);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The columns of a table of a SQLite ledger.</summary>
    public static List<string> Columns(string location, string table)
    {
        using var connection = Connect(location);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public static DbConnection Connect(string location) => LedgerStore.Connect(LedgerLocation.Parse(location));
}
