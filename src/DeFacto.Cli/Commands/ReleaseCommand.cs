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

            var clock = Stopwatch.StartNew();
            var options = panel.Options(r, context);

            // A release freezes data files. With --data they are those files; otherwise the ledger is
            // written out as files first, and the release is made from (and copies) exactly those.
            var dataDirectory = r.GetValue(evidence.Data);
            var scratch = dataDirectory is null ? Path.Combine(Path.GetTempPath(), $"defacto-release-{Guid.NewGuid():N}") : null;
            string path;
            Manifest manifest;
            Exports.Packaging.ExportSet set;
            try
            {
                if (scratch is not null)
                {
                    EvidenceOptions.WithLedger(r.GetValue(evidence.Ledger), context, store =>
                    {
                        store.Export(scratch);
                        return 0;
                    });
                }

                var from = dataDirectory ?? scratch!;
                var dataset = DatasetSource.Load(from);
                var request = new ReleaseRequest(v, r.GetValue(output)!, from, options, context.Clock.GetUtcNow());
                (path, manifest, set) = PanelArguments.Translate(() => ReleaseBuilder.Create(dataset, request));
            }
            finally
            {
                if (scratch is not null && Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }

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
