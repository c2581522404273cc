namespace DeFacto.Storage.Connections;

/// <summary>The database a ledger lives in.</summary>
public enum LedgerProvider
{
    Sqlite,
    PostgreSql,
}
