using FluentMigrator;

namespace DeFacto.Storage.Schema;

/// <summary>
/// A change counter and a snapshot of the prepared dataset. Triggers on every table the dataset is read from
/// bump <c>ledger_state.version</c> on any insert, update or delete, whoever writes (this program, another
/// process, a hand-run SQL statement); a snapshot counts only while its version is the current one.
/// A later migration that rebuilds one of these tables must create its triggers again
/// (LedgerStoreTests.Migrated_EveryCountedTable_HasItsThreeTriggers fails otherwise).
/// </summary>
[Migration(Version, "Snapshot of the prepared dataset, valid while the ledger's change counter is unchanged")]
public sealed class M202612010004Snapshot : Migration
{
    public const long Version = 202612010004;

    /// <summary>The tables whose rows make the dataset (LedgerReader.Load reads these and no others).</summary>
    public static readonly IReadOnlyList<string> CountedTables =
        ["documents", "sources", "observations", "events", "treaties", "ratifications", "provisions", "codings"];

    public override void Up()
    {
        Create.Table("ledger_state")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("version").AsInt64().NotNullable();
        Insert.IntoTable("ledger_state").Row(new { id = 1, version = 0L });
        Create.Table("snapshot")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("version").AsInt64().NotNullable()
            .WithColumn("code").AsString().NotNullable()
            .WithColumn("data").AsBinary(int.MaxValue).NotNullable();

        // The trigger syntax differs between the two databases, so the connection says which to write.
        Execute.WithConnection((connection, transaction) =>
        {
            var postgres = connection is Npgsql.NpgsqlConnection;
            foreach (var sql in postgres ? PostgresTriggers() : SqliteTriggers())
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }
        });
    }

    public override void Down()
    {
        Execute.WithConnection((connection, transaction) =>
        {
            var postgres = connection is Npgsql.NpgsqlConnection;
            var drops = new List<string>();
            foreach (var table in CountedTables)
            {
                foreach (var operation in Operations)
                {
                    drops.Add($"DROP TRIGGER IF EXISTS {TriggerName(table, operation)}" + (postgres ? $" ON {table}" : ""));
                }
            }

            if (postgres)
            {
                drops.Add("DROP FUNCTION IF EXISTS defacto_count_change()");
            }

            foreach (var sql in drops)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }
        });
        Delete.Table("snapshot");
        Delete.Table("ledger_state");
    }

    private static readonly string[] Operations = ["INSERT", "UPDATE", "DELETE"];

    private static string TriggerName(string table, string operation) => $"{table}_{operation.ToLowerInvariant()}_counts";

    // SQLite has row triggers only; each bumps the counter once per row written.
    private static IEnumerable<string> SqliteTriggers() =>
        CountedTables.SelectMany(table => Operations.Select(operation =>
            $"CREATE TRIGGER {TriggerName(table, operation)} AFTER {operation} ON {table} BEGIN UPDATE ledger_state SET version = version + 1 WHERE id = 1; END"));

    // PostgreSQL: one function, and a trigger per statement (not per row).
    private static IEnumerable<string> PostgresTriggers() =>
        CountedTables.SelectMany(table => Operations.Select(operation =>
            $"CREATE TRIGGER {TriggerName(table, operation)} AFTER {operation} ON {table} FOR EACH STATEMENT EXECUTE FUNCTION defacto_count_change()"))
            .Prepend("CREATE FUNCTION defacto_count_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE ledger_state SET version = version + 1 WHERE id = 1; RETURN NULL; END $$");
}
