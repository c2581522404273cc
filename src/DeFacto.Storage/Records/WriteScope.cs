using System.Data.Common;
using Dapper;
using DeFacto.Storage.Connections;

namespace DeFacto.Storage.Records;

/// <summary>
/// One write transaction. SQLite's is <c>BEGIN IMMEDIATE</c>, so writers queue on the busy timeout instead
/// of failing on upgrade; PostgreSQL's takes a transaction advisory lock, so writers run one at a time there too.
/// </summary>
internal sealed class WriteScope : IDisposable
{
    private const long WriterLockKey = 0x4465_4661_6374_6F02;

    private WriteScope(DbConnection connection, DbTransaction transaction, DateTimeOffset now)
    {
        Connection = connection;
        Transaction = transaction;
        Now = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        Today = DateOnly.FromDateTime(now.UtcDateTime);
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>The transaction's timestamp, ISO 8601 in UTC, for every record it writes.</summary>
    public string Now { get; }

    /// <summary>The transaction's day (UTC), from the same clock: the day a source made by this write was accessed.</summary>
    public DateOnly Today { get; }

    public static WriteScope Begin(DbConnection connection, LedgerProvider provider, TimeProvider clock)
    {
        var transaction = connection.BeginTransaction();
        if (provider == LedgerProvider.PostgreSql)
        {
            connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = WriterLockKey }, transaction);
        }

        return new WriteScope(connection, transaction, clock.GetUtcNow());
    }

    public int Execute(string sql, object? parameters = null) => Connection.Execute(sql, parameters, Transaction);

    public IEnumerable<T> Query<T>(string sql, object? parameters = null) => Connection.Query<T>(sql, parameters, Transaction);

    public T? Scalar<T>(string sql, object? parameters = null) => Connection.ExecuteScalar<T>(sql, parameters, Transaction);

    public void Commit() => Transaction.Commit();

    public void Dispose() => Transaction.Dispose();
}
