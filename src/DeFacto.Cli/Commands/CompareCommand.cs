using System.CommandLine;
using DeFacto.Analysis;
using DeFacto.Analysis.Assessing;
using DeFacto.Cli.Answers;
using DeFacto.Cli.Rendering;
using DeFacto.Exports.Json;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto compare T1 T2 …</c>: territories side by side per domain, with each one's gap to an annexed reference.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var territories = new Argument<string[]>("territories") { Description = "Two or more territory ids or names", Arity = ArgumentArity.OneOrMore };
        var asOf = CommonOptions.AsOf();
        var reference = new Option<string?>("--reference") { Description = $"Formally annexed reference territory (default {CompareAt.DefaultReference})" };
        var basis = CommonOptions.Basis();
        var pledges = CommonOptions.Pledges();
        var format = CommonOptions.Format("table", "json", "markdown");
        var evidence = new EvidenceOptions();
        var command = new Command("compare", "Compare territories side by side at a date, with each one's gap to a formally annexed reference")
        {
            territories, asOf, reference, basis, pledges, format,
        };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var dataset = evidence.Load(r, context);
            var arguments = new CompareArguments(r.GetValue(territories) ?? [], r.GetValue(asOf), r.GetValue(basis), r.GetValue(reference), r.GetValue(pledges));
            return ProblemText.Render(context, CompareAt.Answer(Workbench.Over(dataset, context.Today), arguments), comparison =>
            {
                context.Out.Write(r.GetValue(format) switch
                {
                    "json" => HistoryJson.Comparison(comparison, dataset.Ledger.FindSource) + "\n",
                    "markdown" => ComparisonText.Render(comparison, dataset.Registry, markdown: true),
                    _ => ComparisonText.Render(comparison, dataset.Registry, markdown: false),
                });
                return 0;
            });
        }));
        return command;
    }
}
