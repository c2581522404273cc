using System.Data.Common;
using System.Diagnostics;
using Dapper;
using DeFacto.Storage.Connections;
using FluentMigrator.Runner;
using Microsoft.Extensions.DependencyInjection;

namespace DeFacto.Storage.Schema;

/// <summary>
/// Brings a ledger's schema up to date with FluentMigrator, one set of migrations for both databases.
/// An up-to-date ledger is recognised with one query, so the runner (and its start-up cost) is only
/// paid when there is something to apply. Concurrent first opens are serialised: a lock file beside
/// a SQLite ledger, a session advisory lock on PostgreSQL.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>
    /// Every migration of this build, oldest first. Listed rather than found by reflection, so opening an
    /// up-to-date ledger loads neither FluentMigrator nor the assembly's types; a test checks the list against
    /// the assembly's [Migration] classes, so a migration left out of it fails there.
    /// </summary>
    public static readonly long[] Versions =
    [
        M202611260001Ledger.Version,
        M202611300001ObservationSince.Version,
        M202611300002CandidateIdentity.Version,
        M202611300003Codings.Version,
        M202611300004CandidateContext.Version,
        M202612010001SourceAccessed.Version,
        M202612010002CandidateFactKey.Version,
        M202612010003BundleListing.Version,
        M202612010004Snapshot.Version,
    ];

    public static long Latest => Versions[^1];

    private const long AdvisoryLockKey = 0x4465_4661_6374_6F01; // "DeFacto" + 1

    public static long CurrentVersion(DbConnection connection)
    {
        try
        {
            return connection.ExecuteScalar<long?>("SELECT MAX(\"Version\") FROM \"VersionInfo\"") ?? 0;
        }
        catch (DbException)
        {
            // No version table yet: a new ledger. PostgreSQL aborts nothing here since no transaction is open.
            return 0;
        }
    }

    /// <summary>True when every migration of this build has been applied (not only the newest: migrations may arrive out of order); one query.</summary>
    public static bool IsUpToDate(DbConnection connection)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(DISTINCT \"Version\") FROM \"VersionInfo\" WHERE \"Version\" IN ({string.Join(", ", Versions)})";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == Versions.Length;
        }
        catch (DbException)
        {
            return false;
        }
    }

    public static void Migrate(LedgerLocation location, DbConnection connection)
    {
        if (IsUpToDate(connection))
        {
            return;
        }

        if (location.Provider == LedgerProvider.Sqlite)
        {
            using var fileLock = AcquireFileLock(location.Display + ".migrate-lock");
            RunUp(location);
        }
        else
        {
            connection.Execute("SELECT pg_advisory_lock(@key)", new { key = AdvisoryLockKey });
            try
            {
                RunUp(location);
            }
            finally
            {
                connection.Execute("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey });
            }
        }
    }

    private static void RunUp(LedgerLocation location)
    {
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                _ = location.Provider == LedgerProvider.Sqlite ? runner.AddSQLite() : runner.AddPostgres();
                runner.WithGlobalConnectionString(location.ConnectionString)
                    .ScanIn(typeof(M202611260001Ledger).Assembly).For.Migrations();
            })
            .BuildServiceProvider(validateScopes: false);
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }

    private static FileStream AcquireFileLock(string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(50);
            }
        }
    }
}
