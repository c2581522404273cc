using DeFacto.Storage.Connections;

namespace DeFacto.Storage.Tests;

public sealed class LedgerLocationTests
{
    [Theory]
    [InlineData("ledger.db")]
    [InlineData("/tmp/x/ledger.db")]
    [InlineData("file:/tmp/x/ledger.db")]
    [InlineData("file:///tmp/x/ledger.db")]
    [InlineData("Data Source=/tmp/x/ledger.db")]
    public void Parse_PathsAndFiles_AreSqlite(string text) =>
        Assert.Equal(LedgerProvider.Sqlite, LedgerLocation.Parse(text).Provider);

    [Fact]
    public void Parse_FileUrl_GivesThePath() =>
        Assert.Equal("/tmp/x/ledger.db", LedgerLocation.Parse("file:///tmp/x/ledger.db").Display);

    [Fact]
    public void Parse_PostgresUrl_GivesAConnectionString()
    {
        var location = LedgerLocation.Parse("postgres://ana:p%40ss@db.example:5433/defacto?sslmode=disable");

        Assert.Equal(LedgerProvider.PostgreSql, location.Provider);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(("db.example", 5433, "ana", "p@ss", "defacto"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
        Assert.DoesNotContain("p@ss", location.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeywordConnectionString_IsPostgres() =>
        Assert.Equal(LedgerProvider.PostgreSql, LedgerLocation.Parse("Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres").Provider);
}
