using System.Security.Cryptography;
using System.Text;
using DeFacto.Exports.Citations;
using DeFacto.Exports.Documents;
using DeFacto.Exports.Formats;
using DeFacto.Exports.Tables;

namespace DeFacto.Exports.Packaging;

/// <summary>
/// Writes an export set into a folder: every table in one format, the sources as BibTeX and CSL-JSON,
/// the codebook as Markdown and HTML, and a datapackage.json describing each file. The folder should
/// be new and empty; <see cref="OutputDirectory"/> makes the whole write atomic.
/// </summary>
public static class Exporter
{
    public const string WorkbookFile = "defacto.xlsx";

    /// <summary>The dataset's own BibTeX entry, beside the sources' <c>sources.bib</c>.</summary>
    public const string CiteFile = "cite.bib";

    public static IReadOnlyList<WrittenFile> Write(ExportSet set, ExportFormat format, string directory, PackageInfo info)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(info);
        Directory.CreateDirectory(directory);
        var files = new List<WrittenFile>();
        var extension = ExportFormats.Name(format);
        var tables = set.AllTables(info);
        if (format == ExportFormat.Xlsx)
        {
            XlsxWorkbookWriter.Write(tables, Path.Combine(directory, WorkbookFile));
        }

        foreach (var table in tables)
        {
            var name = format == ExportFormat.Xlsx ? WorkbookFile : $"{table.Name}.{extension}";
            var path = Path.Combine(directory, name);
            switch (format)
            {
                case ExportFormat.Csv:
                    CsvTableWriter.Write(table, path);
                    break;
                case ExportFormat.Parquet:
                    ParquetTableWriter.Write(table, path);
                    break;
                case ExportFormat.Json:
                    JsonTableWriter.Write(table, path);
                    break;
            }

            files.Add(Describe(directory, name, table.Name, table.Title, table.Rows.Count));
        }

        var sources = set.Dataset.Ledger.Sources;
        files.Add(Text(directory, "sources.bib", "sources-bibtex", "Sources as BibTeX", BibTexWriter.Write(sources)));
        files.Add(Text(directory, "sources.csl.json", "sources-csl-json", "Sources as CSL-JSON", CslJsonWriter.Write(sources)));
        files.Add(Text(directory, "codebook.md", "codebook-markdown", "Codebook (Markdown)", CodebookMarkdown.Render(set.Dataset.Codebook)));
        files.Add(Text(directory, "codebook.html", "codebook-html", "Codebook (HTML)", CodebookHtml.Render(set.Dataset.Codebook)));
        files.Add(Text(directory, VariablesDocument.FileName, "variables-markdown", "Variables of every table (Markdown)", VariablesDocument.Render(tables)));
        files.Add(Text(directory, CiteFile, "cite-bibtex", "How to cite DeFacto (BibTeX)", set.Citation(info).BibTex()));

        var package = DataPackage.Write(set, tables, format, files, info);
        File.WriteAllText(Path.Combine(directory, DataPackage.FileName), package, CsvTableWriter.Utf8);
        files.Add(Describe(directory, DataPackage.FileName, "datapackage", "Frictionless Data Package descriptor", null));
        return files;
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static WrittenFile Text(string directory, string name, string resource, string title, string content)
    {
        File.WriteAllText(Path.Combine(directory, name), content, new UTF8Encoding(false));
        return Describe(directory, name, resource, title, null);
    }

    private static WrittenFile Describe(string directory, string name, string resource, string title, int? rows)
    {
        var path = Path.Combine(directory, name);
        return new WrittenFile(name, resource, title, new FileInfo(path).Length, rows, Sha256(path));
    }
}
