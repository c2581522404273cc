using DeFacto.Dataset;
using DeFacto.Exports.Formats;
using DeFacto.Exports.Packaging;
using DeFacto.Exports.Panel;
using DeFacto.Exports.Tests.Citations;
using DeFacto.Exports.Tests.Readers;

namespace DeFacto.Exports.Tests;

/// <summary>The export over the repository's own data/ folder: the files researchers will actually get.</summary>
public sealed class RealDataTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void CsvExport_OfTheRealData_ReadsBackAndAgreesWithTheAssessor()
    {
        var loaded = DatasetReader.Load(TestData.RealDataDirectory());
        Assert.True(loaded.Ok, string.Join("\n", loaded.Problems.Take(5)));
        var dataset = loaded.Dataset!;
        using var temp = new TempDir();
        var set = ExportSet.Create(dataset, PanelBuilder.Build(dataset, new PanelOptions(Today, 2014, 2016)));

        Exporter.Write(set, ExportFormat.Csv, temp.Path, new PackageInfo(DateTimeOffset.UnixEpoch));

        var (_, panel) = Rfc4180.Read(Path.Combine(temp.Path, "panel.csv"));
        Assert.Equal(dataset.Registry.Territories.Count() * 3 * 2, panel.Count);
        foreach (var row in panel.Where(r => r["territory"] == "south-ossetia" && r["year"] == "2015"))
        {
            var a = Expected.Assess(dataset, "south-ossetia", 2015, row["basis"], Today);
            foreach (var (column, value) in Expected.Cells(a))
            {
                Expected.Same(value, row[column], $"south-ossetia 2015 {row["basis"]} {column}");
            }
        }

        var observations = Rfc4180.Read(Path.Combine(temp.Path, "observations.csv")).Rows;
        Assert.Equal(dataset.Ledger.Observations.Count, observations.Count);
        Assert.Equal(observations.Count, observations.Select(o => o["observation_id"]).Distinct().Count());
        var sourceIds = Rfc4180.Read(Path.Combine(temp.Path, "sources.csv")).Rows.Select(s => s["source_id"]).ToHashSet();
        Assert.All(observations, o => Assert.Contains(o["source_id"], sourceIds));
        Assert.Equal(dataset.Ledger.Sources.Count, BibTexParser.Parse(File.ReadAllText(Path.Combine(temp.Path, "sources.bib"))).Count);
    }
}
