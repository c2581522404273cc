using System.CommandLine;
using DeFacto.Cli.Input;
using DeFacto.Cli.Rendering;
using DeFacto.Core.History;
using DeFacto.Core.Scoring;
using DeFacto.Exports.Json;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto timeline TERRITORY</c>: the index and stage at the end of each year, and at each event.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var territory = new Argument<string>("territory") { Description = "Territory id or name" };
        var from = new Option<int?>("--from") { Description = "First year (default: the year of the territory's first evidence)" };
        var to = new Option<int?>("--to") { Description = "Last year (default: this year)" };
        var basis = CommonOptions.Basis();
        var pledges = CommonOptions.Pledges();
        var format = CommonOptions.Format("table", "json", "markdown");
        var evidence = new EvidenceOptions();
        var command = new Command("timeline", "The index (with interval) and stage at the end of each year and at each event") { territory, from, to, basis, pledges, format };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var dataset = evidence.Load(r, context);
            var place = TerritoryName.Resolve(dataset.Registry, r.GetValue(territory)!);
            var firstEvidence = dataset.Ledger.ObservationsOf(place.Id).Select(o => o.AsOf.Year)
                .Concat(dataset.Ledger.EventsOf(place.Id).Select(e => e.Date.Year)).DefaultIfEmpty(context.Today.Year).Min();
            var fromYear = r.GetValue(from) ?? firstEvidence;
            var toYear = r.GetValue(to) ?? (place.Until is { } until ? Math.Min(until.Start.AddDays(-1).Year, context.Today.Year) : context.Today.Year);
            if (fromYear is < 1900 or > 2100 || toYear is < 1900 or > 2100)
            {
                throw new UserErrorException("--from and --to take a year between 1900 and 2100, e.g. --from 2013 --to 2016");
            }

            if (toYear < fromYear)
            {
                throw new UserErrorException($"--to {toYear} is before --from {fromYear}");
            }

            var timeline = Timeline.Build(new Assessor(dataset.Codebook, dataset.Ledger, dataset.Registry), dataset.Ledger, place.Id, fromYear, toYear,
                Names.ParseBasis(r.GetValue(basis))!.Value, dataset.Codebook.DefaultDraws, dataset.Codebook.DefaultSeed, context.Today,
                Names.ParsePledges(r.GetValue(pledges))!.Value);
            context.Out.Write(r.GetValue(format) switch
            {
                "json" => HistoryJson.Timeline(timeline, dataset.Ledger.FindSource) + "\n",
                "markdown" => TimelineText.Render(timeline, place.Name, markdown: true),
                _ => TimelineText.Render(timeline, place.Name, markdown: false),
            });
            return 0;
        }));
        return command;
    }
}
