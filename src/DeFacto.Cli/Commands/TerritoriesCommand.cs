using System.CommandLine;
using System.Text.Json;

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
            var rows = dataset.Registry.Territories.Select(t => new
            {
                id = t.Id,
                name = t.Name,
                parent = t.Parent,
                patron = t.Patron,
                iso3166_2 = t.Iso3166Subdivision,
                aliases = t.Aliases,
                observations = dataset.Ledger.ObservationsOf(t.Id).Count(),
                until = t.Until?.ToString(),
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
            context.Out.WriteLine("States: " + string.Join(", ", dataset.Registry.Places.Where(p => p.Kind == Core.Registry.PlaceKind.State).Select(p => p.Id)));
            return 0;
        }));
        return command;
    }
}
