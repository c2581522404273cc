using System.CommandLine;
using DeFacto.Core.Evidence;
using DeFacto.Dataset;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto validate</c>: every problem in the dataset files, with file, line and field.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = "Dataset folder to check (default: the bundled dataset)" };
        var command = new Command("validate", "Check every dataset file against the codebook and the registry; exit 0 only when clean") { data };
        command.SetAction(r => Guard.Run(context, () =>
        {
            var dir = r.GetValue(data) ?? CliContext.BundledData;
            var result = DatasetReader.Load(dir);
            foreach (var problem in result.Problems)
            {
                context.Error.WriteLine(problem);
            }

            if (!result.Ok)
            {
                context.Error.WriteLine($"defacto: {result.Problems.Count} problem(s) in {dir}");
                return 1;
            }

            var d = result.Dataset!;
            var conflicts = ConflictFinder.Find(d.Ledger);
            context.Out.WriteLine($"{dir}: clean — {d.Codebook.Indicators.Count} indicators, {d.Registry.Territories.Count()} territories, " +
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
        }));
        return command;
    }
}
