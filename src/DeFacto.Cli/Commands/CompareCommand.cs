using System.CommandLine;
using DeFacto.Cli.Input;
using DeFacto.Cli.Rendering;
using DeFacto.Core.History;
using DeFacto.Core.Scoring;
using DeFacto.Exports.Json;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto compare T1 T2 …</c>: territories side by side per domain, with each one's gap to an annexed reference.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var territories = new Argument<string[]>("territories") { Description = "Two or more territory ids or names", Arity = ArgumentArity.OneOrMore };
        var asOf = CommonOptions.AsOf();
        var reference = new Option<string>("--reference") { Description = "Formally annexed reference territory (default crimea)", DefaultValueFactory = _ => "crimea" };
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
            var ids = r.GetValue(territories)!.Select(t => TerritoryName.Resolve(dataset.Registry, t).Id).Distinct(StringComparer.Ordinal).ToList();
            var referenceId = TerritoryName.Resolve(dataset.Registry, r.GetValue(reference)!).Id;
            var date = AsOfDate.Parse(r.GetValue(asOf), context.Today);
            var comparison = Comparison.Build(new Assessor(dataset.Codebook, dataset.Ledger, dataset.Registry), dataset.Ledger, ids, referenceId, date,
                Names.ParseBasis(r.GetValue(basis))!.Value, dataset.Codebook.DefaultDraws, dataset.Codebook.DefaultSeed,
                Names.ParsePledges(r.GetValue(pledges))!.Value);
            context.Out.Write(r.GetValue(format) switch
            {
                "json" => HistoryJson.Comparison(comparison, dataset.Ledger.FindSource) + "\n",
                "markdown" => ComparisonText.Render(comparison, dataset.Registry, markdown: true),
                _ => ComparisonText.Render(comparison, dataset.Registry, markdown: false),
            });
            return 0;
        }));
        return command;
    }
}
