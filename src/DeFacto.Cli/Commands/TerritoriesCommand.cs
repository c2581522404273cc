using System.CommandLine;
using System.Text.Json;
using DeFacto.Analysis.Catalogue;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto territories</c>: the registry, with evidence counts.</summary>
internal static class TerritoriesCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("table", "json");
        var evidence = new EvidenceOptions();
        var command = new Command("territories", "List the territories and states DeFacto knows") { format };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var dataset = evidence.Load(r, context);
            var rows = Listing.Territories(dataset).Select(entry => new
            {
                id = entry.Place.Id,
                name = entry.Place.Name,
                parent = entry.Place.Parent,
                patron = entry.Place.Patron,
                iso3166_2 = entry.Place.Iso3166Subdivision,
                aliases = entry.Place.Aliases,
                observations = entry.Observations,
                until = entry.Place.Until?.ToString(),
            }).ToList();
            if (r.GetValue(format) == "json")
            {
                context.Out.WriteLine(JsonSerializer.Serialize(rows, JsonOptions.Indented));
                return 0;
            }

            context.Out.WriteLine($"{"id",-18} {"name",-18} {"parent",-11} {"patron",-8} {"ISO",-6} {"obs",4}  aliases");
            foreach (var t in rows)
            {
                context.Out.WriteLine($"{t.id,-18} {t.name,-18} {t.parent,-11} {t.patron,-8} {t.iso3166_2 ?? "—",-6} {t.observations,4}  {string.Join(", ", t.aliases.Take(4))}{(t.until is null ? "" : $" (until {t.until})")}");
            }

            context.Out.WriteLine();
            context.Out.WriteLine("States: " + string.Join(", ", Listing.States(dataset).Select(p => p.Id)));
            return 0;
        }));
        return command;
    }
}
