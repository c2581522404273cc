using System.CommandLine;
using DeFacto.Exports.Citations;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto cite</c>: how to cite DeFacto — the suggested citation and a BibTeX entry, with the version.</summary>
internal static class CiteCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "bibtex");
        var release = new Option<string?>("--release") { Description = "Cite this release version (as made by defacto release) instead of the program's version" };
        var data = new Option<string?>("--data") { Description = "Dataset folder whose codebook version to cite (default: the bundled dataset)" };
        var command = new Command("cite", "Print how to cite DeFacto: the suggested citation and a BibTeX entry, both with the version") { format, release, data };
        command.SetAction(r => Guard.Run(context, () =>
        {
            var dataset = DatasetSource.Load(r.GetValue(data));
            var citation = new DatasetCitation(r.GetValue(release), DatasetCitation.CurrentProgramVersion, dataset.Codebook.Version, context.Today);
            if (r.GetValue(format) == "bibtex")
            {
                context.Out.Write(citation.BibTex());
                return 0;
            }

            context.Out.WriteLine(citation.Text());
            context.Out.WriteLine();
            context.Out.Write(citation.BibTex());
            context.Out.WriteLine();
            context.Out.WriteLine("The sources behind every figure are cited in each export's sources.bib and sources.csl.json.");
            return 0;
        }));
        return command;
    }
}
