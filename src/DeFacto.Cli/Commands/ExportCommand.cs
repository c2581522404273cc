using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DeFacto.Exports;
using DeFacto.Exports.Documents;
using DeFacto.Exports.Formats;
using DeFacto.Exports.Packaging;
using DeFacto.Exports.Panel;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto export</c>: the territory-year panel and the long tables in CSV, Parquet, xlsx or JSON,
/// with datapackage.json, the sources as BibTeX and CSL-JSON and the codebook as a document.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("csv", "parquet", "xlsx", "json");
        var output = new Option<string?>("--out", "-o") { Description = "Folder to write into; it must be new or empty (see --force)" };
        var force = new Option<bool>("--force") { Description = "Write into a non-empty --out folder: files an earlier export wrote are replaced or removed, any other file there (a .git folder, notes) is kept; a file of someone else's in the way is refused" };
        var panel = new PanelArguments();
        var codebookDoc = new Option<string?>("--codebook-doc")
        {
            Description = "Print the codebook as a readable document (markdown or html) to standard output instead of exporting",
        };
        codebookDoc.AcceptOnlyFromAmong("markdown", "html");
        var evidence = new EvidenceOptions();
        var command = new Command("export", "Write the territory-year panel, observations (coder level), events, sources and codebook as data files with a datapackage.json")
        {
            format, output, force, codebookDoc,
        };
        panel.AddTo(command);
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var dataset = evidence.Load(r, context);
            if (r.GetValue(codebookDoc) is { } doc)
            {
                context.Out.Write(doc == "html" ? CodebookHtml.Render(dataset.Codebook) : CodebookMarkdown.Render(dataset.Codebook));
                return 0;
            }

            var target = r.GetValue(output) ?? throw new UserErrorException("export: give --out DIR, the folder to write the files into");
            var fmt = ExportFormats.Parse(r.GetValue(format))!.Value;
            var clock = Stopwatch.StartNew();
            var options = panel.Options(r, context);
            var (set, files) = PanelArguments.Translate(() =>
            {
                var built = ExportSet.Create(dataset, PanelBuilder.Build(dataset, options));
                var info = new PackageInfo(context.Clock.GetUtcNow());
                return (built, OutputDirectory.Write(target, r.GetValue(force), dir => Exporter.Write(built, fmt, dir, info)));
            });
            Report(context, set, files, ExportFormats.Name(fmt), target, clock.Elapsed);
            return 0;
        }));
        return command;
    }

    internal static void Report(CliContext context, ExportSet set, IReadOnlyList<WrittenFile> files, string what, string target, TimeSpan elapsed)
    {
        var p = set.Panel;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {files.Count} files ({what}) to {target} in {elapsed.TotalSeconds:0.0} s: panel {Exports.Tables.PanelTable.Span(p)}, " +
            $"{p.TerritoryCount} territories, {p.Rows.Count} rows (practice and commitments), {p.Draws} draws, seed {p.Seed}"));
        var width = Math.Max(files.Max(f => f.Path.Length), 10);
        foreach (var f in files)
        {
            var rows = f.Rows is { } n ? string.Create(CultureInfo.InvariantCulture, $"{n,6} rows") : new string(' ', 11);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {f.Path.PadRight(width)}  {rows}  {Size(f.Bytes),9}  {f.Title}"));
        }
    }

    private static string Size(long bytes) => bytes < 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes} B")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB");
}
