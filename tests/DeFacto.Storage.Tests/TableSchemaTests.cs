using DeFacto.Storage.Connections;
using DeFacto.Storage.Records;
using Microsoft.Data.Sqlite;

namespace DeFacto.Storage.Tests;

/// <summary>The columns derived from the row types are the columns the migrations create, table by table.</summary>
public sealed class TableSchemaTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "defacto-schema-tests", Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public void EveryTableSpec_NamesExactlyTheMigratedColumns()
    {
        LedgerStore.Open(_file, TimeProvider.System).Dispose();
        using var connection = new SqliteConnection(LedgerLocation.Parse(_file).ConnectionString);
        connection.Open();

        foreach (var table in Tables.All)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name FROM pragma_table_info('{table.Name}')";
            var migrated = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    migrated.Add(reader.GetString(0));
                }
            }

            Assert.Equal(migrated.Order(StringComparer.Ordinal), table.Columns.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("SourceId", "source_id")]
    [InlineData("AsOf", "as_of")]
    [InlineData("ResolutionCategory", "resolution_category")]
    [InlineData("Id", "id")]
    public void Column_IsThePropertyInSnakeCase(string property, string column)
    {
        Assert.Equal(column, TableSpec.Column(property));
        Assert.Equal(property, TableSpec.Property(column));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_file)!, Path.GetFileName(_file) + "*"))
        {
            File.Delete(file);
        }
    }
}
