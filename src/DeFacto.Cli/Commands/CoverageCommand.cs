using System.CommandLine;
using DeFacto.Cli.Rendering;
using DeFacto.Core.Reliability;
using DeFacto.Core.Scoring;

namespace DeFacto.Cli.Commands;

/// <summary>
/// <c>defacto coverage</c>: for every territory and year-end of its contested existence, how many of the
/// functional domains have current practice evidence (as the model judges it), the share of
/// territory-years that reach the minimum, and per territory the domains never current.
/// </summary>
internal static class CoverageCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("table", "json");
        var from = new Option<int>("--from") { Description = "First year-end (a territory's own start, when later, takes over)", DefaultValueFactory = _ => 2008 };
        var to = new Option<int>("--to") { Description = "Last year-end (a territory's end, when earlier, takes over)", DefaultValueFactory = _ => 2025 };
        var minimum = new Option<int?>("--min-domains") { Description = "Current domains a territory-year needs (default: the codebook's minimum for de facto annexation)" };
        var evidence = new EvidenceOptions();
        var command = new Command("coverage", "Evidence coverage: functional domains with current practice evidence per territory and year-end") { format, from, to, minimum };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var (first, last) = (r.GetValue(from), r.GetValue(to));
            if (first > last || first < 1000 || last > 9998)
            {
                throw new UserErrorException($"--from {first} --to {last}: give a range of years, earliest first");
            }

            var dataset = evidence.Load(r, context);
            var min = r.GetValue(minimum) ?? dataset.Codebook.Thresholds.DeFactoMinimumDomains;
            var report = CoverageCensus.Compute(new Assessor(dataset.Codebook, dataset.Ledger, dataset.Registry), dataset.Registry, first, last, min);
            context.Out.Write(r.GetValue(format) == "json" ? CoverageText.Json(report) : CoverageText.Table(report));
            return 0;
        }));
        return command;
    }
}
