using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DeFacto.Analysis.Publishing;
using DeFacto.Cli.Answers;
using DeFacto.Exports.Releases;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto release VERSION</c>: freezes the dataset into a versioned, checksummed package.</summary>
internal static class ReleaseCommand
{
    public static Command Create(CliContext context)
    {
        var version = new Argument<string>("version") { Description = "Release version, e.g. 1.0.0; the release is written to DIR/defacto-VERSION" };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder that holds releases (default: releases)",
            DefaultValueFactory = _ => "releases",
        };
        var panel = new PanelArguments();
        var evidence = new EvidenceOptions();
        var command = new Command("release",
            "Freeze the dataset into DIR/defacto-VERSION: the export in every format, a copy of the data files, manifest.json and SHA256SUMS; never overwrites a release")
        {
            version, output,
        };
        panel.AddTo(command);
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
            ProblemText.Render(context, Publish.PlanRelease(new ReleaseArguments(r.GetValue(version), r.GetValue(output), panel.Arguments(r)), context.Today), plan =>
            {
                var clock = Stopwatch.StartNew();
                return ProblemText.Render(context, Make(r, plan, evidence, context), released => Report(context, released, clock.Elapsed));
            })));
        return command;
    }

    // A release freezes data files. With --data they are those files; otherwise the ledger is
    // written out as files first, and the release is made from (and copies) exactly those.
    private static Analysis.Answers.Outcome<Released> Make(ParseResult r, ReleasePlan plan, EvidenceOptions evidence, CliContext context)
    {
        if (r.GetValue(evidence.Data) is { } dataDirectory)
        {
            return Publish.Release(plan, dataDirectory, context.Clock.GetUtcNow());
        }

        var scratch = Path.Combine(Path.GetTempPath(), $"defacto-release-{Guid.NewGuid():N}");
        try
        {
            EvidenceOptions.WithLedger(r.GetValue(evidence.Ledger), context, store =>
            {
                store.Export(scratch);
                return 0;
            });
            return Publish.Release(plan, scratch, context.Clock.GetUtcNow());
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static int Report(CliContext context, Released released, TimeSpan elapsed)
    {
        var (path, manifest, set) = released;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Released defacto {manifest.Version} to {path} in {elapsed.TotalSeconds:0.0} s: {manifest.Files.Count} files checksummed in {Manifest.FileName} and {ReleaseFolder.ChecksumFile}"));
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  codebook v{manifest.CodebookVersion}; panel {Exports.Tables.PanelTable.Span(set.Panel)}, {manifest.PanelRows} rows, {manifest.Draws} draws, seed {manifest.Seed}"));
        context.Out.WriteLine("  " + string.Join(", ", manifest.Counts.Select(c => $"{c.Value} {c.Key}")));
        context.Out.WriteLine($"  folders: csv/ parquet/ xlsx/ json/ (each with datapackage.json), {ReleaseFolder.DataFolder}/ (the data files)");
        context.Out.WriteLine($"  check it with: cd {path} && sha256sum -c {ReleaseFolder.ChecksumFile}");
        return 0;
    }
}
