using System.CommandLine;
using DeFacto.Analysis;
using DeFacto.Analysis.Assessing;
using DeFacto.Cli.Answers;
using DeFacto.Cli.Rendering;
using DeFacto.Exports.Json;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto timeline TERRITORY</c>: the index and stage at the end of each year, and at each event.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var territory = new Argument<string>("territory") { Description = "Territory id or name" };
        var from = new Option<string?>("--from") { Description = "First year (default: the year of the territory's first evidence)" };
        var to = new Option<string?>("--to") { Description = "Last year (default: this year, or the last year of a territory that ceased to exist)" };
        var basis = CommonOptions.Basis();
        var pledges = CommonOptions.Pledges();
        var format = CommonOptions.Format("table", "json", "markdown");
        var evidence = new EvidenceOptions();
        var command = new Command("timeline", "The index (with interval) and stage at the end of each year and at each event") { territory, from, to, basis, pledges, format };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var dataset = evidence.Load(r, context);
            var bench = Workbench.Over(dataset, context.Today);
            var arguments = new TimelineArguments(r.GetValue(territory), r.GetValue(from), r.GetValue(to), r.GetValue(basis), r.GetValue(pledges));
            return ProblemText.Render(context, TimelineOf.Plan(bench, arguments), plan =>
            {
                var timeline = TimelineOf.Run(bench, plan);
                context.Out.Write(r.GetValue(format) switch
                {
                    "json" => HistoryJson.Timeline(timeline, dataset.Ledger.FindSource) + "\n",
                    "markdown" => TimelineText.Render(timeline, plan.Place.Name, markdown: true),
                    _ => TimelineText.Render(timeline, plan.Place.Name, markdown: false),
                });
                return 0;
            });
        }));
        return command;
    }
}
