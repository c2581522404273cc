using System.CommandLine;
using System.Text.Json;
using DeFacto.Analysis.Catalogue;
using DeFacto.Core.Coding;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto codebook</c>: every indicator, its scale and how it maps to a score.</summary>
internal static class CodebookCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("table", "json");
        var evidence = new EvidenceOptions();
        var command = new Command("codebook", "List the codebook's domains and indicators, with scales, anchors and weights") { format };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var codebook = Listing.Codebook(evidence.Load(r, context));
            if (r.GetValue(format) == "json")
            {
                var rows = codebook.Indicators.Select(i => new
                {
                    id = i.Id,
                    domain = i.Domain,
                    question = i.Question,
                    scale = i.Scale.ToString().ToLowerInvariant(),
                    role = i.Role.ToString().ToLowerInvariant(),
                    unit = i.Unit,
                    weight = i.Weight,
                    goalposts = i.Goalposts is { } g ? new[] { g.Min, g.Max } : null,
                    anchors = i.Anchors.Select(a => new { id = a.Id, score = a.Score, label = a.Label }),
                    cueTerms = i.CueTerms,
                });
                context.Out.WriteLine(JsonSerializer.Serialize(new { version = codebook.Version, indicators = rows }, JsonOptions.Indented));
                return 0;
            }

            context.Out.WriteLine($"DeFacto codebook v{codebook.Version}: {codebook.Indicators.Count} indicators in {codebook.Domains.Count} domains");
            foreach (var domain in codebook.Domains)
            {
                context.Out.WriteLine();
                context.Out.WriteLine($"{domain.Label} ({domain.Id}){(domain.Functional ? $", weight {domain.Weight}" : ", not averaged into the index")}");
                foreach (var i in codebook.IndicatorsOf(domain.Id))
                {
                    context.Out.WriteLine($"  {i.Id}  [{i.Scale.ToString().ToLowerInvariant()}, {i.Role.ToString().ToLowerInvariant()}]");
                    context.Out.WriteLine($"      {i.Question}");
                    context.Out.WriteLine($"      {Mapping(i)}");
                }
            }

            return 0;
        }));
        return command;
    }

    private static string Mapping(Indicator i)
    {
        if (i.Anchors.Count > 0)
        {
            return string.Join(" · ", i.Anchors.Select(a => a.Score is { } s ? $"{a.Id} {s:0.##}" : a.Id));
        }

        return i.Goalposts is { } g ? $"{i.Unit}: {g.Min} → 0, {g.Max} → 1" : $"{i.Unit} (not scored)";
    }
}
