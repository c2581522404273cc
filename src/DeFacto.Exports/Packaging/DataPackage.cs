using System.Text.Encodings.Web;
using System.Text.Json;
using DeFacto.Exports.Formats;
using DeFacto.Exports.Tables;

namespace DeFacto.Exports.Packaging;

/// <summary>
/// The Frictionless Data Package (v1) descriptor: every file as a resource; every table as a tabular
/// resource with a Table Schema (field names, types, descriptions, missing values, primary and foreign
/// keys); the licence; the sources the data cite. Resource names are the table names (<c>panel</c>,
/// <c>observations</c>, <c>sources</c>, …); in the workbook each table is the sheet of that name.
/// </summary>
public static class DataPackage
{
    public const string FileName = "datapackage.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ExportSet set, IReadOnlyList<Table> tables, ExportFormat format, IReadOnlyList<WrittenFile> files, PackageInfo info)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(info);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("profile", "data-package");
            w.WriteString("name", "defacto");
            w.WriteString("id", "defacto" + (info.Version is null ? "" : "-" + info.Version));
            w.WriteString("title", "DeFacto: how far sovereignty over contested territories has passed to their patron states");
            w.WriteString("description",
                "A territory-year panel of de facto integration (0–1, by domain, with 90% intervals and stage probabilities) on the practice " +
                "and commitments bases, the coded observations behind it with their sources (coder level), events, and the codebook. " +
                "Every value is tied to a source, a locator and a quote.");
            w.WriteString("version", info.Version ?? Citations.DatasetCitation.CurrentProgramVersion);

            w.WriteString("created", info.Created.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteStartArray("keywords");
            foreach (var k in new[] { "de facto states", "annexation", "sovereignty", "patron states", "panel data" })
            {
                w.WriteStringValue(k);
            }

            w.WriteEndArray();
            w.WriteStartArray("licenses");
            w.WriteStartObject();
            w.WriteString("name", info.LicenceName);
            w.WriteString("path", info.LicencePath);
            w.WriteString("title", info.LicenceTitle);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("contributors");
            w.WriteStartObject();
            w.WriteString("title", "DeFacto curators");
            w.WriteString("role", "author");
            w.WriteEndObject();
            w.WriteEndArray();
            WriteSources(w, set);
            WriteSettings(w, set, format);
            w.WriteString("citation", set.Citation(info).Text());
            w.WriteStartArray("resources");
            foreach (var file in files)
            {
                var table = tables.FirstOrDefault(t => t.Name == file.Resource);
                if (table is null)
                {
                    WriteFile(w, file);
                }
                else
                {
                    WriteTable(w, table, file, format);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteSources(Utf8JsonWriter w, ExportSet set)
    {
        w.WriteStartArray("sources");
        foreach (var s in set.Dataset.Ledger.Sources)
        {
            w.WriteStartObject();
            w.WriteString("title", s.Title);
            if (s.Url is { } url)
            {
                w.WriteString("path", url);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSettings(Utf8JsonWriter w, ExportSet set, ExportFormat format)
    {
        var panel = set.Panel;
        w.WriteStartObject("defacto");
        w.WriteString("codebookVersion", set.Dataset.Codebook.Version);
        w.WriteString("format", ExportFormats.Name(format));
        w.WriteNumber("draws", panel.Draws);
        w.WriteNumber("seed", panel.Seed);
        if (panel.FirstYear is { } first && panel.LastYear is { } last)
        {
            w.WriteNumber("panelFrom", first);
            w.WriteNumber("panelTo", last);
        }

        w.WriteString("assessedAt", $"31 December of each year; {panel.Today:yyyy-MM-dd} for {panel.Today.Year}");
        w.WriteString("bases", "practice (in-place evidence only) and commitments (in-place or pledged), one row each per territory-year");
        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, Table table, WrittenFile file, ExportFormat format)
    {
        w.WriteStartObject();
        w.WriteString("name", table.Name);
        w.WriteString("path", file.Path);
        // Every table is a tabular resource in every format: Frictionless tools read CSV, JSON (an array of
        // keyed objects), xlsx (one sheet per table) and Parquet as tables.
        w.WriteString("profile", "tabular-data-resource");
        w.WriteString("title", table.Title);
        w.WriteString("description", table.Description);
        w.WriteString("format", ExportFormats.Name(format));
        w.WriteString("mediatype", ExportFormats.MediaType(format));
        if (format is ExportFormat.Csv or ExportFormat.Json)
        {
            w.WriteString("encoding", "utf-8");
        }

        // In the workbook every table's resource is the whole file, so each gives the workbook's size and hash.
        w.WriteNumber("bytes", file.Bytes);
        w.WriteString("hash", "sha256:" + file.Sha256);
        if (format == ExportFormat.Xlsx)
        {
            // The sheet is named three ways: sheetName (Data Package v2), excel.sheet (frictionless-py 5) and
            // sheet (earlier tools). Data Package v1's schema requires delimiter and doubleQuote in any
            // dialect, so they are given too; spreadsheet readers ignore them.
            var sheet = XlsxWorkbookWriter.SheetName(table);
            w.WriteStartObject("dialect");
            w.WriteBoolean("header", true);
            w.WriteString("sheetName", sheet);
            w.WriteString("sheet", sheet);
            w.WriteStartObject("excel");
            w.WriteString("sheet", sheet);
            w.WriteEndObject();
            w.WriteString("delimiter", ",");
            w.WriteBoolean("doubleQuote", true);
            w.WriteEndObject();
        }

        if (format == ExportFormat.Csv)
        {
            w.WriteStartObject("dialect");
            w.WriteString("delimiter", ",");
            w.WriteString("lineTerminator", "\r\n");
            w.WriteString("quoteChar", "\"");
            w.WriteBoolean("doubleQuote", true);
            w.WriteBoolean("header", true);
            w.WriteEndObject();
        }

        if (file.Rows is { } rows)
        {
            w.WriteNumber("rows", rows);
        }

        WriteSchema(w, table);
        w.WriteEndObject();
    }

    private static void WriteSchema(Utf8JsonWriter w, Table table)
    {
        w.WriteStartObject("schema");
        w.WriteStartArray("fields");
        foreach (var c in table.Columns)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteString("type", c.SchemaType);
            w.WriteString("description", c.Description);
            if (table.PrimaryKey.Contains(c.Name, StringComparer.Ordinal))
            {
                w.WriteStartObject("constraints");
                w.WriteBoolean("required", true);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missingValues");
        w.WriteStringValue("");
        w.WriteEndArray();
        w.WriteStartArray("primaryKey");
        foreach (var key in table.PrimaryKey)
        {
            w.WriteStringValue(key);
        }

        w.WriteEndArray();
        if (table.ForeignKeys.Count > 0)
        {
            w.WriteStartArray("foreignKeys");
            foreach (var fk in table.ForeignKeys)
            {
                w.WriteStartObject();
                w.WriteString("fields", fk.Field);
                w.WriteStartObject("reference");
                w.WriteString("resource", fk.Table);
                w.WriteString("fields", fk.ReferenceField);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter w, WrittenFile file)
    {
        w.WriteStartObject();
        w.WriteString("name", file.Resource);
        w.WriteString("path", file.Path);
        w.WriteString("profile", "data-resource");
        w.WriteString("title", file.Title);
        var (fmt, media) = Path.GetExtension(file.Path) switch
        {
            ".bib" => ("bib", "application/x-bibtex"),
            ".json" => ("json", "application/vnd.citationstyles.csl+json"),
            ".cff" => ("cff", "application/x-yaml"),
            ".md" => ("md", "text/markdown"),
            _ => ("html", "text/html"),
        };
        w.WriteString("format", fmt);
        w.WriteString("mediatype", media);
        w.WriteString("encoding", "utf-8");
        w.WriteNumber("bytes", file.Bytes);
        w.WriteString("hash", "sha256:" + file.Sha256);
        w.WriteEndObject();
    }
}
