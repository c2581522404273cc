using System.CommandLine;
using DeFacto.Dataset;
using DeFacto.Dataset.Writing;
using DeFacto.Storage;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto ledger init | info | import DIR | export DIR | backup FILE</c>: the ledger as a whole.</summary>
internal static class LedgerCommand
{
    public static Command Create(CliContext context) => new("ledger", "Create or inspect the ledger, import or export dataset folders, back it up")
    {
        Init(context), Info(context), Import(context), Export(context), Backup(context),
    };

    private static Command Init(CliContext context)
    {
        var ledger = EvidenceOptions.LedgerOption();
        var command = new Command("init",
            "Create a new ledger with the bundled dataset: apply the schema, merge the bundle, store its prepared dataset for fast starts. " +
            "Any command creates the ledger it needs by itself; the build runs this to make the template every new SQLite ledger starts from. " +
            "An existing ledger is refused (exit 2) and left as it is")
        { ledger };
        command.SetAction(r => Guard.Run(context, () =>
        {
            var location = EvidenceOptions.Location(r.GetValue(ledger), context);
            if (!Directory.Exists(CliContext.BundledData))
            {
                throw new UserErrorException($"ledger init: there is no bundled dataset beside the program ({CliContext.BundledData}); reinstall defacto, or import a dataset folder with `defacto ledger import DIR`", 3);
            }

            // Checked before anything is created, so a bundle with problems leaves no empty ledger behind.
            DatasetSource.Load(CliContext.BundledData);
            var (info, report) = EvidenceOptions.Explained(location, () =>
            {
                using var store = LedgerStore.Create(location, context.Clock);
                var merged = store.MergeBundled(CliContext.BundledData);
                store.Load();
                return (store.Info(), merged);
            });
            var kinds = string.Join(", ", report.Kinds.Select(k => $"{k.Added} {k.Kind}"));
            context.Out.WriteLine($"created the ledger {info.Location} (schema {info.SchemaVersion}) with the bundled dataset: {report.Added} records ({kinds}), and stored its prepared dataset for fast starts");
            return 0;
        }));
        return command;
    }

    private static Command Info(CliContext context)
    {
        var ledger = EvidenceOptions.LedgerOption();
        var command = new Command("info", "Where the ledger is, what it holds, and which bundled dataset it last merged") { ledger };
        command.SetAction(r => Guard.Run(context, () => EvidenceOptions.WithLedger(r.GetValue(ledger), context, store =>
        {
            var info = store.Info();
            var o = context.Out;
            o.WriteLine($"ledger     {info.Location} ({(info.Provider == Storage.Connections.LedgerProvider.Sqlite ? "SQLite" : "PostgreSQL")}, schema {info.SchemaVersion})");
            o.WriteLine($"records    {string.Join(", ", info.Records.Select(kv => $"{kv.Value} {kv.Key}"))}");
            o.WriteLine($"yours      {info.UserRecords} record(s) of your own; {info.PendingCandidates} candidate(s) awaiting review");
            o.WriteLine($"bundle     {(info.BundleHash is null ? "never merged" : $"{info.BundleHash[..12]}, merged {info.BundleMergedAt}")}");
            return 0;
        })));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var ledger = EvidenceOptions.LedgerOption();
        var folder = new Argument<string>("dir") { Description = "A dataset folder in the data/ file format" };
        var command = new Command("import", "Merge a dataset folder into the ledger by stable ids; a folder with any problem changes nothing") { folder, ledger };
        command.SetAction(r => Guard.Run(context, () => EvidenceOptions.WithLedger(r.GetValue(ledger), context, store =>
        {
            var dir = r.GetValue(folder)!;
            var (dataset, documents) = Read(dir, store);
            try
            {
                var report = store.Import(dataset, Storage.Records.Origins.User, documents, context.Environment("USER"));
                context.Out.WriteLine($"imported {dir}: {report.Describe()}");
                return 0;
            }
            catch (LedgerImportException e)
            {
                throw new UserErrorException(e.Message, 1);
            }
        })));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var ledger = EvidenceOptions.LedgerOption();
        var folder = new Argument<string>("dir") { Description = "The folder to write (new, empty, or an earlier export)" };
        var command = new Command("export",
            "Write the ledger as a dataset folder in the data/ file format. Into an earlier export it writes only its own files: " +
            "those it wrote before (listed in .defacto-files) are replaced or removed, anything else there (a .git folder, notes) is kept, " +
            "and a file of someone else's where a dataset file goes is refused")
        { folder, ledger };
        command.SetAction(r => Guard.Run(context, () => EvidenceOptions.WithLedger(r.GetValue(ledger), context, store =>
        {
            var dir = r.GetValue(folder)!;
            store.Export(dir);
            var info = store.Info();
            context.Out.WriteLine($"exported {string.Join(", ", info.Records.Where(kv => kv.Key != "candidates").Select(kv => $"{kv.Value} {kv.Key}"))} to {dir}");
            return 0;
        })));
        return command;
    }

    private static Command Backup(CliContext context)
    {
        var ledger = EvidenceOptions.LedgerOption();
        var file = new Argument<string>("file") { Description = "The backup file to write (a SQLite ledger that --ledger FILE opens); it must not exist yet (see --force)" };
        var force = new Option<bool>("--force") { Description = "Replace FILE if it exists (never the ledger itself)" };
        var command = new Command("backup", "Copy the whole ledger, consistently (even while another command writes to it), into one new file") { file, force, ledger };
        command.SetAction(r => Guard.Run(context, () => EvidenceOptions.WithLedger(r.GetValue(ledger), context, store =>
        {
            var target = r.GetValue(file)!;
            if (string.IsNullOrWhiteSpace(target))
            {
                throw new UserErrorException("ledger backup: give the name of the backup file to write");
            }

            store.Backup(target, r.GetValue(force));
            context.Out.WriteLine($"backed up {store.Info().Location} to {Path.GetFullPath(target)}");
            return 0;
        })));
        return command;
    }

    /// <summary>
    /// Reads the folder to import. A folder without its own codebook and registry is read against the
    /// ledger's, so an analyst can import just evidence and sources.
    /// </summary>
    private static (Core.Dataset Dataset, DatasetDocuments? Documents) Read(string dir, ILedgerStore store)
    {
        if (!Directory.Exists(dir))
        {
            throw new UserErrorException($"no such folder: {dir}");
        }

        var complete = File.Exists(Path.Combine(dir, DatasetDocuments.CodebookFile)) && File.Exists(Path.Combine(dir, DatasetDocuments.TerritoriesFile));
        LoadResult result;
        if (complete)
        {
            result = DatasetReader.Load(dir);
        }
        else
        {
            var ledgerDocuments = store.Documents();
            result = DatasetReader.Load(dir, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [DatasetDocuments.CodebookFile] = ledgerDocuments.Codebook,
                [DatasetDocuments.TerritoriesFile] = ledgerDocuments.Territories,
            });
        }

        if (!result.Ok)
        {
            throw new UserErrorException($"import refused, nothing changed: {dir} has {result.Problems.Count} problem(s):\n{ProblemList.Indent(result.Problems)}", 1);
        }

        return (result.Dataset!, complete ? DatasetDocuments.FromDirectory(dir) : null);
    }
}
