using System.CommandLine;
using DeFacto.Cli.Input;
using DeFacto.Cli.Rendering;
using DeFacto.Core.Scoring;
using DeFacto.Exports.Json;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto assess TERRITORY</c>: the stage, the index and the evidence at a date.</summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var territory = new Argument<string>("territory") { Description = "Territory id or name, e.g. south-ossetia" };
        var asOf = CommonOptions.AsOf();
        var basis = CommonOptions.Basis();
        var pledges = CommonOptions.Pledges();
        var format = CommonOptions.Format("table", "json", "markdown");
        var evidence = new EvidenceOptions();
        var draws = new Option<int?>("--draws") { Description = "Monte Carlo draws (default from the codebook: 2000)" };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed, for reproducible draws (default from the codebook)" };
        var sensitivity = new Option<bool>("--sensitivity") { Description = "Also rerun under other weights and thresholds and say how often the stage holds" };
        var command = new Command("assess", "Assess a territory at a date: stage, index, domains and the evidence under each")
        {
            territory, asOf, basis, pledges, format, draws, seed, sensitivity,
        };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var dataset = evidence.Load(r, context);
            var place = TerritoryName.Resolve(dataset.Registry, r.GetValue(territory)!);
            var date = AsOfDate.Parse(r.GetValue(asOf), context.Today);
            var n = r.GetValue(draws) ?? dataset.Codebook.DefaultDraws;
            if (n is < 1 or > 1_000_000)
            {
                throw new UserErrorException("--draws: give a number from 1 to 1,000,000");
            }

            var request = new AssessmentRequest(place.Id, date, Names.ParseBasis(r.GetValue(basis))!.Value, n, r.GetValue(seed) ?? dataset.Codebook.DefaultSeed)
            {
                Pledges = Names.ParsePledges(r.GetValue(pledges))!.Value,
            };
            var assessor = new Assessor(dataset.Codebook, dataset.Ledger, dataset.Registry);
            var assessment = assessor.Assess(request);
            var robustness = r.GetValue(sensitivity) ? Sensitivity.Run(assessor, dataset.Codebook, request, assessment) : null;
            var text = r.GetValue(format) switch
            {
                "json" when robustness is not null => HistoryJson.AssessmentWithSensitivity(assessment, robustness, dataset.Ledger.FindSource) + "\n",
                "json" => AssessmentJson.ToJson(assessment, dataset.Ledger.FindSource) + "\n",
                "markdown" => AssessmentMarkdown.Render(assessment, dataset.Registry) + (robustness is null ? "" : SensitivityText.Render(robustness)),
                _ => AssessmentText.Render(assessment, dataset.Registry) + (robustness is null ? "" : SensitivityText.Render(robustness)),
            };
            context.Out.Write(text);
            return 0;
        }));
        return command;
    }
}
