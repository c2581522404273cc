using System.CommandLine;
using System.Globalization;
using System.Text;
using DeFacto.Cli.Rendering;
using DeFacto.Core.Reliability;
using DeFacto.Dataset.Writing;

namespace DeFacto.Cli.Commands;

/// <summary>
/// <c>defacto reliability</c>: Krippendorff's α between the first coding of each recoded observation and
/// the second coder's, per indicator and overall, with every disagreement; <c>reliability sample</c> draws
/// a stratified sample of observations and writes the blind recoding sheet for a second coder.
/// </summary>
internal static class ReliabilityCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("table", "json");
        var evidence = new EvidenceOptions();
        var command = new Command("reliability", "Inter-coder reliability of the double-coded observations: Krippendorff's alpha per indicator and overall, and the disagreements") { format };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var dataset = evidence.Load(r, context);
            var report = ReliabilityAnalysis.Compute(dataset.Codebook, dataset.Ledger.CodedObservations, dataset.Codings);
            foreach (var note in report.Notes)
            {
                context.Error.WriteLine($"note: {note}");
            }

            context.Out.Write(r.GetValue(format) == "json" ? ReliabilityText.Json(report) : ReliabilityText.Table(report));
            return 0;
        }));
        command.Subcommands.Add(Sample(context));
        return command;
    }

    private static Command Sample(CliContext context)
    {
        var size = new Option<int>("--size") { Description = "How many observations to draw", DefaultValueFactory = _ => 100 };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the draw; the same seed and evidence give the same sample (default: the codebook's seed)" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the sheet to this file (default: standard output); an existing file is kept unless --force" };
        var force = new Option<bool>("--force") { Description = "Replace an existing sheet (a filled-in sheet would be lost)" };
        var evidence = new EvidenceOptions();
        var command = new Command("sample", "Draw a sample stratified by territory and domain and write a blind recoding sheet (no first-coder values, quotes or notes)")
        {
            size, seed, output, force,
        };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var n = r.GetValue(size);
            if (n < 1)
            {
                throw new UserErrorException($"--size {n}: draw at least one observation");
            }

            var path = r.GetValue(output);
            if (path is not null && File.Exists(path) && !r.GetValue(force))
            {
                throw new UserErrorException($"{path} already exists and may hold a coder's work: give another --out, or --force to replace it");
            }

            var dataset = evidence.Load(r, context);
            var recoded = dataset.Codings.Select(c => c.Observation).ToHashSet(StringComparer.Ordinal);
            var eligible = dataset.Ledger.CodedObservations.Where(o => !recoded.Contains(o.Id)).ToList();
            var drawSeed = r.GetValue(seed) ?? dataset.Codebook.DefaultSeed;
            var drawn = RecodingSample.Draw(eligible, o => $"{o.Territory} x {dataset.Codebook.FindIndicator(o.Indicator)?.Domain}", n, drawSeed);
            var sheet = RecodingSheet.Write(dataset, drawn, n, drawSeed, context.Today);
            if (path is null)
            {
                context.Out.Write(sheet);
                return 0;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            Directory.CreateDirectory(directory!);
            File.WriteAllText(path, sheet, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var strata = drawn.Select(o => (o.Territory, dataset.Codebook.FindIndicator(o.Indicator)?.Domain)).Distinct().Count();
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: {drawn.Count} observations from {strata} territory x domain strata (of {eligible.Count} not yet recoded), seed {drawSeed}"));
            return 0;
        }));
        return command;
    }
}
