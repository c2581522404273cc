using System.CommandLine;
using DeFacto.Analysis;
using DeFacto.Analysis.Assessing;
using DeFacto.Cli.Answers;
using DeFacto.Cli.Rendering;
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
            var arguments = new AssessArguments(r.GetValue(territory), r.GetValue(asOf), r.GetValue(basis))
            {
                Draws = r.GetValue(draws),
                Seed = r.GetValue(seed),
                Sensitivity = r.GetValue(sensitivity),
                Pledges = r.GetValue(pledges),
            };
            return ProblemText.Render(context, Assess.Answer(Workbench.Over(dataset, context.Today), arguments), answer =>
            {
                var (_, assessment, robustness) = answer;
                context.Out.Write(r.GetValue(format) switch
                {
                    "json" when robustness is not null => HistoryJson.AssessmentWithSensitivity(assessment, robustness, dataset.Ledger.FindSource) + "\n",
                    "json" => AssessmentJson.ToJson(assessment, dataset.Ledger.FindSource) + "\n",
                    "markdown" => AssessmentMarkdown.Render(assessment, dataset.Registry) + (robustness is null ? "" : SensitivityText.Render(robustness)),
                    _ => AssessmentText.Render(assessment, dataset.Registry) + (robustness is null ? "" : SensitivityText.Render(robustness)),
                });
                return 0;
            });
        }));
        return command;
    }
}
