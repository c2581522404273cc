using System.Globalization;
using CsvHelper;
using DeFacto.Exports.Tables;

namespace DeFacto.Exports.Releases;

/// <summary>A release's frozen panel as it was written (csv/panel.csv): cells as text, keyed by territory, year and basis.</summary>
public sealed record PanelFile(IReadOnlyList<string> Columns, IReadOnlyDictionary<PanelKey, IReadOnlyDictionary<string, string>> Rows)
{
    public static string PathIn(string releaseDirectory) => Path.Combine(releaseDirectory, "csv", PanelTable.Name + ".csv");

    public static PanelFile Read(string releaseDirectory)
    {
        var path = PathIn(releaseDirectory);
        if (!File.Exists(path))
        {
            throw new ExportException($"{releaseDirectory} has no csv/{PanelTable.Name}.csv: it is not a complete release");
        }

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var columns = csv.HeaderRecord ?? [];
        var rows = new Dictionary<PanelKey, IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            var cells = columns.ToDictionary(c => c, c => csv.GetField(c) ?? "", StringComparer.Ordinal);
            var key = new PanelKey(cells.GetValueOrDefault("territory", ""),
                int.TryParse(cells.GetValueOrDefault("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0,
                cells.GetValueOrDefault("basis", ""));
            rows[key] = cells;
        }

        return new PanelFile(columns, rows);
    }
}
