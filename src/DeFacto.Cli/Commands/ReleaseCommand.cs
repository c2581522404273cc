using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
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
        {
            var v = r.GetValue(version)!;
            if (ReleaseFolder.VersionProblem(v) is { } problem)
            {
                throw new UserErrorException(problem);
            }

            var dataset = evidence.Load(r, context);
            var dataDirectory = r.GetValue(evidence.Data) ?? CliContext.BundledData;
            var clock = Stopwatch.StartNew();
            var request = new ReleaseRequest(v, r.GetValue(output)!, dataDirectory, panel.Options(r, context), context.Clock.GetUtcNow());
            var (path, manifest, set) = PanelArguments.Translate(() => ReleaseBuilder.Create(dataset, request));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Released defacto {manifest.Version} to {path} in {clock.Elapsed.TotalSeconds:0.0} s: {manifest.Files.Count} files checksummed in {Manifest.FileName} and {ReleaseFolder.ChecksumFile}"));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  codebook v{manifest.CodebookVersion}; panel {Exports.Tables.PanelTable.Span(set.Panel)}, {manifest.PanelRows} rows, {manifest.Draws} draws, seed {manifest.Seed}"));
            context.Out.WriteLine("  " + string.Join(", ", manifest.Counts.Select(c => $"{c.Value} {c.Key}")));
            context.Out.WriteLine($"  folders: csv/ parquet/ xlsx/ json/ (each with datapackage.json), {ReleaseFolder.DataFolder}/ (the data files)");
            context.Out.WriteLine($"  check it with: cd {path} && sha256sum -c {ReleaseFolder.ChecksumFile}");
            return 0;
        }));
        return command;
    }
}
