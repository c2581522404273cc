using System.Data.Common;
using System.Globalization;

namespace DeFacto.Storage.Records;

/// <summary>
/// The prepared dataset kept in the ledger (table <c>snapshot</c>) beside the rows it was made from, so a start
/// reads one value instead of parsing the codebook and registry and mapping every row. A snapshot is used only
/// when both still hold: its version is the ledger's change counter (bumped by triggers on every write to a
/// table the dataset is read from) and its code is this build's (the assemblies that read and shape the data).
/// </summary>
internal static class Snapshots
{
    /// <summary>This build's identity: the snapshot layout and the assemblies that make the dataset; another build rebuilds.</summary>
    public static readonly string Code = string.Join(
        ':',
        SnapshotCodec.Format.ToString(CultureInfo.InvariantCulture),
        typeof(Core.Dataset).Module.ModuleVersionId.ToString("N"),
        typeof(Dataset.DatasetReader).Module.ModuleVersionId.ToString("N"),
        typeof(Snapshots).Module.ModuleVersionId.ToString("N"));

    /// <summary>
    /// The dataset: from the snapshot when it is current, else from <paramref name="load"/>, then kept as the
    /// snapshot unless the ledger changed meanwhile (the counter is read before the rows and checked in the write).
    /// </summary>
    public static Core.Dataset Load(DbConnection connection, Connections.LedgerProvider provider, Func<Core.Dataset> load)
    {
        var version = ReadCurrent(connection, out var data);
        if (data is not null)
        {
            try
            {
                return SnapshotCodec.Read(data);
            }
            catch (FormatException)
            {
                // A damaged snapshot is only a cache: the rows are read instead and a new one replaces it.
            }
        }

        var dataset = load();
        if (version is { } counted)
        {
            Store(connection, provider, counted, dataset);
        }

        return dataset;
    }

    /// <summary>The ledger's change counter (see <see cref="Schema.M202612010004Snapshot"/>).</summary>
    public static long Counter(DbConnection connection, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM ledger_state WHERE id = 1";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // The change counter, and the snapshot's bytes when they are current for it and this build.
    private static long? ReadCurrent(DbConnection connection, out byte[]? data)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT l.version, s.data FROM ledger_state l LEFT JOIN snapshot s ON s.id = 1 AND s.version = l.version AND s.code = @code WHERE l.id = 1";
        var code = command.CreateParameter();
        code.ParameterName = "code";
        code.Value = Code;
        command.Parameters.Add(code);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            data = null;
            return null;
        }

        data = reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1);
        return reader.GetInt64(0);
    }

    // One statement, so it is atomic: it writes only if no write came between reading the counter and now. Given up
    // (the ledger is locked by a writer, or read-only), the rows are simply read again next time.
    private static void Store(DbConnection connection, Connections.LedgerProvider provider, long version, Core.Dataset dataset) =>
        CacheWrite.TryRun(
            connection,
            provider,
            "INSERT INTO snapshot (id, version, code, data) SELECT 1, @version, @code, @data WHERE (SELECT version FROM ledger_state WHERE id = 1) = @version " +
            "ON CONFLICT (id) DO UPDATE SET version = excluded.version, code = excluded.code, data = excluded.data",
            ("version", version),
            ("code", Code),
            ("data", SnapshotCodec.Write(dataset)));
}
