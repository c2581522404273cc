using System.CommandLine;
using DeFacto.Analysis;
using DeFacto.Analysis.Assessing;
using DeFacto.Cli.Answers;
using DeFacto.Cli.Input;
using DeFacto.Cli.Rendering;
using DeFacto.Exports.Json;

namespace DeFacto.Cli.Commands;

/// <summary>
/// <c>defacto assess TERRITORY</c>: the stage, the index and the evidence at a date. Several territories,
/// a date range (<c>--as-of 2010..2025</c>) or <c>--input FILE</c> make a batch: one compact JSON object a
/// line, each the object <c>--format json</c> prints for that territory and date, in the order asked.
/// </summary>
internal static class AssessCommand
{
    /// <summary>Assessments computed together before their lines are printed: enough to keep every core busy, few enough to stream.</summary>
    private const int BatchChunk = 256;

    public static Command Create(CliContext context)
    {
        var territory = new Argument<string[]>("territory")
        {
            Description = "Territory id or name, e.g. south-ossetia; several make a batch (JSON lines)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var asOf = CommonOptions.AsOf();
        asOf.Description += "; FROM..TO is a range (a batch): the last day of each --step from FROM to TO, e.g. 2010..2025 (years) or 2015-01..2025-05 (months)";
        var step = new Option<string?>("--step")
        {
            Description = "Step of an --as-of range: year, quarter, month or day (default: the finer precision of the range's two ends)",
        };
        step.AcceptOnlyFromAmong(AssessBatch.Steps);
        var input = new Option<string?>("--input")
        {
            Description = "Batch: read territory,date lines from this file (- for standard input); all lines are checked before any is assessed",
        };
        var basis = CommonOptions.Basis();
        var pledges = CommonOptions.Pledges();
        var format = CommonOptions.Format("table", "json", "markdown");
        format.Description += " (a batch prints JSON lines)";
        var evidence = new EvidenceOptions();
        var draws = new Option<int?>("--draws") { Description = "Monte Carlo draws (default from the codebook: 2000)" };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed, for reproducible draws (default from the codebook)" };
        var sensitivity = new Option<bool>("--sensitivity") { Description = "Also rerun under other weights and thresholds and say how often the stage holds" };
        var command = new Command("assess", "Assess a territory at a date: stage, index, domains and the evidence under each; several territories or dates in one call print JSON lines")
        {
            territory, asOf, step, input, basis, pledges, format, draws, seed, sensitivity,
        };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var territories = r.GetValue(territory) ?? [];
            if (territories.FirstOrDefault(t => t.Length > 1 && t[0] == '-') is { } unknown)
            {
                throw new UserErrorException($"unrecognised option '{unknown}' for assess: run `defacto assess --help` for the options");
            }

            var inputFile = r.GetValue(input);
            if (!AssessBatch.IsBatch(territories, r.GetValue(asOf), inputFile))
            {
                if (r.GetResult(step) is { Implicit: false })
                {
                    throw new UserErrorException("--step goes with a date range (--as-of FROM..TO), e.g. --as-of 2010..2025 --step year");
                }

                return Single(context, r, evidence, territories.FirstOrDefault(), r.GetValue(asOf), new AssessArguments(null, null, r.GetValue(basis))
                {
                    Draws = r.GetValue(draws),
                    Seed = r.GetValue(seed),
                    Sensitivity = r.GetValue(sensitivity),
                    Pledges = r.GetValue(pledges),
                }, r.GetValue(format)!);
            }

            if (r.GetResult(format) is { Implicit: false } && r.GetValue(format) != "json")
            {
                throw new UserErrorException($"a batch (several territories, an --as-of range or --input) prints JSON lines: leave out --format {r.GetValue(format)}, or give one territory and one date");
            }

            var requests = Requests(context, territories, r.GetValue(asOf), r.GetValue(step), inputFile);
            var template = new AssessArguments(null, null, r.GetValue(basis))
            {
                Draws = r.GetValue(draws),
                Seed = r.GetValue(seed),
                Sensitivity = r.GetValue(sensitivity),
                Pledges = r.GetValue(pledges),
            };
            return Batch(context, evidence.Load(r, context), requests, template, inputFile);
        }));
        return command;
    }

    private static int Single(CliContext context, ParseResult r, EvidenceOptions evidence, string? territory, string? asOf, AssessArguments template, string format)
    {
        if (territory is null)
        {
            throw new UserErrorException("give a territory (e.g. south-ossetia; `defacto territories` lists them), several, or --input FILE of territory,date lines");
        }

        var dataset = evidence.Load(r, context);
        var arguments = template with { Territory = territory, AsOf = asOf };
        return ProblemText.Render(context, Assess.Answer(Workbench.Over(dataset, context.Today), arguments), answer =>
        {
            var (_, assessment, robustness) = answer;
            context.Out.Write(format switch
            {
                "json" when robustness is not null => HistoryJson.AssessmentWithSensitivity(assessment, robustness, dataset.Ledger.FindSource) + "\n",
                "json" => AssessmentJson.ToJson(assessment, dataset.Ledger.FindSource) + "\n",
                "markdown" => AssessmentMarkdown.Render(assessment, dataset.Registry) + (robustness is null ? "" : SensitivityText.Render(robustness)),
                _ => AssessmentText.Render(assessment, dataset.Registry) + (robustness is null ? "" : SensitivityText.Render(robustness)),
            });
            return 0;
        });
    }

    private static IReadOnlyList<BatchRequest> Requests(CliContext context, string[] territories, string? asOf, string? step, string? input)
    {
        if (input is null)
        {
            return AssessBatch.FromArguments(territories, asOf, step);
        }

        if (territories.Length > 0 || asOf is not null || step is not null)
        {
            throw new UserErrorException("--input gives the territories and dates itself: leave out the territory arguments, --as-of and --step");
        }

        if (input == "-")
        {
            return AssessBatch.FromLines("standard input", ReadLines(context.In));
        }

        if (!File.Exists(input))
        {
            throw new UserErrorException($"--input: no file {input}: give a file of territory,date lines, or - for standard input");
        }

        return AssessBatch.FromLines(input, File.ReadLines(input));
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static string Line(Workbench bench, AssessPlan plan)
    {
        var (_, assessment, robustness) = Assess.Run(bench, plan);
        var find = bench.Dataset.Ledger.FindSource;
        return robustness is null
            ? AssessmentJson.ToJson(assessment, find, indented: false)
            : HistoryJson.AssessmentWithSensitivity(assessment, robustness, find, indented: false);
    }

    /// <summary>Plans every request first (any bad one refuses the whole batch, nothing printed), then prints one line per assessment.</summary>
    private static int Batch(CliContext context, Core.Dataset dataset, IReadOnlyList<BatchRequest> requests, AssessArguments template, string? input)
    {
        var bench = Workbench.Over(dataset, context.Today);
        var plans = new List<AssessPlan>(requests.Count);
        var problems = new List<string>();
        foreach (var request in requests)
        {
            if (request.Error is not null)
            {
                problems.Add(request.Error);
                continue;
            }

            var plan = Assess.Plan(bench, template with { Territory = request.Territory, AsOf = request.AsOf });
            if (plan.TryGetValue(out var value))
            {
                plans.Add(value);
            }
            else
            {
                problems.AddRange(plan.Problems.Select(p => AssessBatch.Describe(input, request, p)));
            }
        }

        AssessBatch.Refuse([.. problems.Distinct(StringComparer.Ordinal)]);

        // Assessments are pure over read-only evidence: a chunk is computed on every core, then printed in
        // the order asked, so the lines stream out and stay identical to single calls.
        var lines = new string[Math.Min(plans.Count, BatchChunk)];
        for (var start = 0; start < plans.Count; start += BatchChunk)
        {
            var count = Math.Min(BatchChunk, plans.Count - start);
            Parallel.For(0, count, i => lines[i] = Line(bench, plans[start + i]));
            for (var i = 0; i < count; i++)
            {
                context.Out.Write(lines[i]);
                context.Out.Write('\n');
            }
        }

        return 0;
    }
}
