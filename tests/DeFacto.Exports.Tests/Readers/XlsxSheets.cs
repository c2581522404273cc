using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace DeFacto.Exports.Tests.Readers;

/// <summary>
/// Reads an xlsx workbook without MiniExcel: opens the zip, follows workbook.xml and its relationships
/// to each sheet, and reads cells (shared strings, inline strings, numbers, booleans) by column letter.
/// A number whose style has a date format (built-in 14–22 or a custom format with y, m and d) is a date
/// cell, read as a <see cref="DateOnly"/>, as readxl and openpyxl read it.
/// </summary>
internal static class XlsxSheets
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Each sheet by name: its rows, each a list of cells (null for an empty cell), header first.</summary>
    public static Dictionary<string, List<object?[]>> Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var workbook = Load(zip, "xl/workbook.xml");
        var rels = Load(zip, "xl/_rels/workbook.xml.rels").Root!.Elements(PackageRel + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var shared = zip.GetEntry("xl/sharedStrings.xml") is null
            ? []
            : Load(zip, "xl/sharedStrings.xml").Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();
        var dateStyles = DateStyles(zip);
        var sheets = new Dictionary<string, List<object?[]>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet"))
        {
            var target = rels[(string)sheet.Attribute(Rel + "id")!].TrimStart('/');
            var entry = target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target;
            sheets[(string)sheet.Attribute("name")!] = Rows(Load(zip, entry), shared, dateStyles);
        }

        return sheets;
    }

    private static List<object?[]> Rows(XDocument sheet, List<string> shared, HashSet<int> dateStyles)
    {
        var rows = new List<object?[]>();
        foreach (var row in sheet.Descendants(Main + "row"))
        {
            var cells = new SortedDictionary<int, object?>();
            foreach (var c in row.Elements(Main + "c"))
            {
                var value = Value(c, shared);
                if (value is double serial && dateStyles.Contains((int?)c.Attribute("s") ?? 0))
                {
                    value = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                }

                cells[ColumnIndex((string)c.Attribute("r")!)] = value;
            }

            var width = cells.Count == 0 ? 0 : cells.Keys.Max() + 1;
            rows.Add(Enumerable.Range(0, width).Select(i => cells.GetValueOrDefault(i)).ToArray());
        }

        return rows;
    }

    private static object? Value(XElement c, List<string> shared)
    {
        var type = (string?)c.Attribute("t") ?? "n";
        var v = c.Element(Main + "v")?.Value;
        return type switch
        {
            "s" => shared[int.Parse(v!, CultureInfo.InvariantCulture)],
            "inlineStr" => string.Concat(c.Descendants(Main + "t").Select(t => t.Value)),
            "str" => v ?? "",
            "b" => v == "1",
            _ => string.IsNullOrEmpty(v) ? null : double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The indexes of the cell styles (cellXfs) whose number format is a date.</summary>
    private static HashSet<int> DateStyles(ZipArchive zip)
    {
        var styles = Load(zip, "xl/styles.xml").Root!;
        var custom = styles.Element(Main + "numFmts")?.Elements(Main + "numFmt")
            .ToDictionary(f => (int)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!) ?? [];
        bool IsDate(int id) => id is >= 14 and <= 22 ||
            (custom.TryGetValue(id, out var code) && code.Contains('y', StringComparison.OrdinalIgnoreCase) && code.Contains('d', StringComparison.OrdinalIgnoreCase));
        return styles.Element(Main + "cellXfs")!.Elements(Main + "xf").Select((xf, i) => (Index: i, Format: (int?)xf.Attribute("numFmtId") ?? 0))
            .Where(x => IsDate(x.Format)).Select(x => x.Index).ToHashSet();
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
        {
            n = (n * 26) + (ch - 'A' + 1);
        }

        return n - 1;
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)?.Open() ?? throw new InvalidOperationException($"the workbook has no {name}");
        return XDocument.Load(stream);
    }
}
