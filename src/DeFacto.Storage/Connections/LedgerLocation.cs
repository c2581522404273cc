using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DeFacto.Storage.Connections;

/// <summary>
/// Where a ledger lives, parsed from what the user typed: a path (or <c>file:</c> path, or
/// <c>Data Source=</c>) is a SQLite file; <c>Host=...</c> or a <c>postgres://</c> URL is PostgreSQL.
/// </summary>
public sealed partial record LedgerLocation(LedgerProvider Provider, string ConnectionString, string Display)
{
    public static LedgerLocation Parse(string pathOrConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrConnectionString);
        var text = pathOrConnectionString.Trim();
        if (IsPostgres(text))
        {
            return ParsePostgres(text);
        }

        if (text.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite(new SqliteConnectionStringBuilder(text).DataSource);
        }

        if (text.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            var path = text["file:".Length..];
            text = path.StartsWith("//", StringComparison.Ordinal) ? Uri.UnescapeDataString(new Uri(text).LocalPath) : path;
        }

        return Sqlite(text);
    }

    // A postgres:// URL, or a connection string with a Host= or Server= keyword (in any case, spaces allowed around it).
    private static bool IsPostgres(string text)
    {
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var part in text.Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var keyword = equals < 0 ? "" : part[..equals].Trim();
            if (keyword.Equals("Host", StringComparison.OrdinalIgnoreCase) || keyword.Equals("Server", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Apart, so that a SQLite ledger's start loads no PostgreSQL driver.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static LedgerLocation ParsePostgres(string text)
    {
        try
        {
            var url = text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
            return Postgres(url ? FromUrl(text) : new NpgsqlConnectionStringBuilder(text));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            // The builder's messages name the bad keyword, never its value; still, say nothing of the text itself.
            throw new LedgerException($"the PostgreSQL connection string is not valid ({e.Message}): write it as Host=...;Database=...;Username=... or postgres://user:password@host:port/database", e);
        }
    }

    private static LedgerLocation Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, DefaultTimeout = 60 };
        return new LedgerLocation(LedgerProvider.Sqlite, builder.ToString(), full);
    }

    private static LedgerLocation Postgres(NpgsqlConnectionStringBuilder builder)
    {
        var display = $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        return new LedgerLocation(LedgerProvider.PostgreSql, builder.ToString(), display);
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new LedgerException($"'{Redacted(url)}' is not a valid postgres:// address: write it as postgres://user:password@host:port/database");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        var database = uri.AbsolutePath.TrimStart('/');
        if (database.Length > 0)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }

        return builder;
    }

    // The address as it may be shown: the password part of user:password@ replaced by ***.
    private static string Redacted(string url) => UrlPassword().Replace(url, "${head}***@");

    [GeneratedRegex(@"(?<head>://[^:/@\s]*:)[^@\s]*@")]
    private static partial Regex UrlPassword();
}
