using DeFacto.Core.Reliability;
using DeFacto.Dataset.Writing;
using DeFacto.Tests;

namespace DeFacto.Dataset.Tests.Writing;

public sealed class RecodingSheetTests
{
    private static readonly Lazy<Core.Dataset> Bundled = new(() => DatasetReader.Load(RepoPaths.Data).Dataset!);

    [Fact]
    public void Write_DrawnObservations_ShowsWhereToLookButNotTheFirstCoding()
    {
        var data = Bundled.Value;
        var drawn = data.Ledger.CodedObservations.Where(o => o.Quote is { Length: > 12 } && o.Note is { Length: > 12 }).Take(5).ToList();

        var sheet = RecodingSheet.Write(data, drawn, 5, 1, new DateOnly(2026, 11, 30));

        foreach (var o in drawn)
        {
            Assert.Contains($"observation: {o.Id}", sheet, StringComparison.Ordinal);
            Assert.Contains(o.Locator, sheet, StringComparison.Ordinal);
            Assert.Contains(data.Ledger.FindSource(o.Source)!.Title, sheet, StringComparison.Ordinal);
            Assert.DoesNotContain(o.Quote!, sheet, StringComparison.Ordinal);
            Assert.DoesNotContain(o.Note!, sheet, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("as_of", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("category: ", sheet.Replace("categories: ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SheetInCodingsFolder_ReadsCleanWithNoCodingsYet()
    {
        var data = Bundled.Value;
        var drawn = RecodingSample.Draw(data.Ledger.CodedObservations, o => o.Territory, 30, 3);
        var files = Directory.EnumerateFiles(RepoPaths.Data, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}codings{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(RepoPaths.Data, f).Replace('\\', '/'), File.ReadAllText);
        files["codings/sheet.yaml"] = RecodingSheet.Write(data, drawn, 30, 3, new DateOnly(2026, 11, 30));

        var result = DatasetReader.Load(files);

        Assert.Empty(result.Problems);
        Assert.Empty(result.Dataset!.Codings);
    }

    [Fact]
    public void BundledSample_HoldsNearlyAHundredObservationsFromEveryTerritory()
    {
        var path = Directory.EnumerateFiles(Path.Combine(RepoPaths.Data, "codings"), "sample-*.yaml").Order(StringComparer.Ordinal).First();
        var lines = File.ReadLines(path).ToList();
        var ids = lines.Where(l => l.StartsWith("  - observation: ", StringComparison.Ordinal)).Select(l => l[17..]).ToList();
        var territories = lines.Where(l => l.StartsWith("    territory: ", StringComparison.Ordinal)).Select(l => l[15..]).Distinct().ToList();

        // 100 drawn; an observation removed from the evidence after the draw leaves the sheet (one so far).
        Assert.True(ids.Count >= 95, $"{ids.Count} observations");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(Bundled.Value.Registry.Territories.Select(t => t.Id).Order(), territories.Order());
    }
}
