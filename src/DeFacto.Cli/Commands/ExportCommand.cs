using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DeFacto.Analysis.Publishing;
using DeFacto.Cli.Answers;
using DeFacto.Exports.Documents;
using DeFacto.Exports.Formats;
using DeFacto.Exports.Packaging;

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
            if (r.GetValue(codebookDoc) is { } doc)
            {
                var codebook = evidence.Load(r, context).Codebook;
                context.Out.Write(doc == "html" ? CodebookHtml.Render(codebook) : CodebookMarkdown.Render(codebook));
                return 0;
            }

            var arguments = new ExportArguments(r.GetValue(format), r.GetValue(output), r.GetValue(force), panel.Arguments(r));
            return ProblemText.Render(context, Publish.PlanExport(arguments, context.Today), plan =>
            {
                var clock = Stopwatch.StartNew();
                var dataset = evidence.Load(r, context);
                return ProblemText.Render(context, Publish.Export(dataset, plan, context.Clock.GetUtcNow()), written =>
                {
                    Report(context, written.Set, written.Files, ExportFormats.Name(plan.Format), plan.Out, clock.Elapsed);
                    return 0;
                });
            });
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
