using System.CommandLine;
using System.Data.Common;
using DeFacto.Storage;

namespace DeFacto.Cli;

/// <summary>
/// Where a command reads its evidence: <c>--data DIR</c> reads dataset files directly; otherwise the
/// ledger (<c>--ledger</c>, then <c>DEFACTO_LEDGER</c>, then the user's default ledger). A new ledger is
/// created with the bundled dataset (a SQLite one as a copy of the template the build made from it, see
/// <see cref="CliContext.LedgerTemplate"/>); a newer bundled dataset is merged in, with one line on stderr.
/// </summary>
internal sealed class EvidenceOptions
{
    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Read dataset files from this folder (codebook.yaml, territories.yaml, sources/, evidence/, treaties/) instead of the ledger",
    };

    public Option<string?> Ledger { get; } = LedgerOption();

    public static Option<string?> LedgerOption() => new("--ledger")
    {
        Description = "Ledger to use: a SQLite file path, or a PostgreSQL connection string (Host=...;Database=... or postgres://...). Default: $DEFACTO_LEDGER, else $XDG_DATA_HOME/defacto/ledger.db",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Ledger);
    }

    public Core.Dataset Load(ParseResult result, CliContext context)
    {
        var data = result.GetValue(Data);
        if (data is not null)
        {
            return DatasetSource.Load(data);
        }

        return WithLedger(result.GetValue(Ledger), context, store => store.Load());
    }

    /// <summary>Opens the ledger, brings in the bundled dataset when it changed, and runs <paramref name="body"/> on it.</summary>
    public static T WithLedger<T>(string? ledgerOption, CliContext context, Func<ILedgerStore, T> body)
    {
        var location = Location(ledgerOption, context);
        return Explained(location, () =>
        {
            using var store = LedgerStore.Open(location, context.Clock, context.LedgerTemplate);
            MergeBundled(store, context, location);
            return body(store);
        });
    }

    /// <summary>Runs <paramref name="work"/> on the ledger at <paramref name="location"/>, turning the ledger's refusals and database errors into messages for the user.</summary>
    public static T Explained<T>(string location, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (LedgerException e)
        {
            throw new UserErrorException(e.Message);
        }
        catch (ArgumentException e)
        {
            throw new UserErrorException($"--ledger: {Redact(e.Message)}");
        }
        catch (DbException e)
        {
            var path = Storage.Connections.LedgerLocation.Parse(location) is { Provider: Storage.Connections.LedgerProvider.Sqlite } l ? l.Display : "";
            throw new UserErrorException(Storage.Connections.LedgerFiles.Explain(path, e) ?? $"cannot use the ledger {Redact(location)}: {Redact(e.Message)}", 3);
        }
    }

    /// <summary>The ledger a command uses: --ledger, then $DEFACTO_LEDGER, then the default; an empty value is a mistake, not a default.</summary>
    public static string Location(string? ledgerOption, CliContext context)
    {
        if (ledgerOption is not null)
        {
            return string.IsNullOrWhiteSpace(ledgerOption)
                ? throw new UserErrorException("--ledger is empty: give a ledger file path or a PostgreSQL connection string, or leave the option out for the default ledger")
                : ledgerOption;
        }

        var fromEnvironment = context.Environment("DEFACTO_LEDGER");
        if (fromEnvironment is not null)
        {
            return string.IsNullOrWhiteSpace(fromEnvironment)
                ? throw new UserErrorException("DEFACTO_LEDGER is set but empty: set it to a ledger file path or a PostgreSQL connection string, or unset it for the default ledger")
                : fromEnvironment;
        }

        return DefaultLedger(context);
    }

    /// <summary>$XDG_DATA_HOME/defacto/ledger.db, else ~/.local/share/defacto/ledger.db.</summary>
    public static string DefaultLedger(CliContext context)
    {
        var dataHome = context.Environment("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome) || !Path.IsPathRooted(dataHome))
        {
            var home = context.Environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            dataHome = Path.Combine(home, ".local", "share");
        }

        return Path.Combine(dataHome, "defacto", "ledger.db");
    }

    private static void MergeBundled(ILedgerStore store, CliContext context, string location)
    {
        if (!Directory.Exists(CliContext.BundledData))
        {
            return;
        }

        var report = store.MergeBundled(CliContext.BundledData);
        if (report.UpToDate)
        {
            return;
        }

        // Where the ledger is, as the store's Info would say, without its record counts (a first start needs nothing else of it).
        var where = Storage.Connections.LedgerLocation.Parse(location).Display;
        context.Error.WriteLine(report.Created
            ? $"defacto: created the ledger {where} with the bundled dataset ({report.Added} records)"
            : $"defacto: merged the newer bundled dataset into {where}: {report.Describe()}");
    }

    // A connection string may carry a password; never echo it.
    private static string Redact(string text) => Errors.TerminalWriter.Redact(text);
}
