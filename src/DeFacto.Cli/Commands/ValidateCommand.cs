using System.CommandLine;
using DeFacto.Core.Evidence;
using DeFacto.Dataset;

namespace DeFacto.Cli.Commands;

/// <summary>
/// <c>defacto validate</c>: every problem in the dataset files, with file, line and field. With
/// <c>--data DIR</c> it checks those files; otherwise it checks the ledger, written out in the same format.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = "Dataset folder to check (default: the ledger)" };
        var ledger = EvidenceOptions.LedgerOption();
        var command = new Command("validate", "Check every dataset file, or the ledger, against the codebook and the registry; exit 0 only when clean") { data, ledger };
        command.SetAction(r => Guard.Run(context, () =>
        {
            if (r.GetValue(data) is { } folder)
            {
                return Check(context, folder, folder);
            }

            // The ledger is checked in the file format it exports, so its problems read like the files'.
            var temp = Path.Combine(Path.GetTempPath(), $"defacto-validate-{Guid.NewGuid():N}");
            try
            {
                var location = EvidenceOptions.WithLedger(r.GetValue(ledger), context, store =>
                {
                    store.Export(temp);
                    return store.Info().Location;
                });
                return Check(context, temp, $"the ledger {location}");
            }
            finally
            {
                if (Directory.Exists(temp))
                {
                    Directory.Delete(temp, recursive: true);
                }
            }
        }));
        return command;
    }

    private static int Check(CliContext context, string dir, string name)
    {
        var result = DatasetReader.Load(dir);
        foreach (var problem in result.Problems)
        {
            context.Error.WriteLine(problem);
        }

        if (!result.Ok)
        {
            context.Error.WriteLine($"defacto: {result.Problems.Count} problem(s) in {name}");
            return 1;
        }

        var d = result.Dataset!;
        var conflicts = ConflictFinder.Find(d.Ledger);
        context.Out.WriteLine($"{name}: clean — {d.Codebook.Indicators.Count} indicators, {d.Registry.Territories.Count()} territories, " +
            $"{d.Ledger.Sources.Count} sources, {d.Ledger.CodedObservations.Count} observations, {d.Ledger.Treaties.Count} treaties " +
            $"({d.Ledger.Treaties.Sum(t => t.Provisions.Count)} provisions), {d.Ledger.Events.Count} events");
        foreach (var t in d.Ledger.Treaties.Where(t => t.InForce is null && t.Provisions.Count > 0))
        {
            context.Out.WriteLine($"note: treaty {t.Id} has no known entry into force; its {t.Provisions.Count} provision(s) count as pledges from its signature ({t.SignedOn?.ToString() ?? "undated"})");
        }

        if (conflicts.Count > 0)
        {
            context.Out.WriteLine($"{conflicts.Count} disagreement(s) between sources, kept side by side:");
            foreach (var c in conflicts)
            {
                context.Out.WriteLine($"  {c.Territory}: {c.Describe()}");
            }
        }

        return 0;
    }
}
