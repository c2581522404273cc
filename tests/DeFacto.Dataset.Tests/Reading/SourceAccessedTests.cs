using System.Globalization;
using DeFacto.Tests;

namespace DeFacto.Dataset.Tests.Reading;

/// <summary>A source's access date: a whole date, not in the future, not before the source's own date.</summary>
public sealed class SourceAccessedTests
{
    private static LoadResult Load(string source)
    {
        var texts = new Dictionary<string, string>
        {
            ["codebook.yaml"] = File.ReadAllText(Path.Combine(RepoPaths.Data, "codebook.yaml")),
            ["territories.yaml"] = File.ReadAllText(Path.Combine(RepoPaths.Data, "territories.yaml")),
            ["sources/s.yaml"] = "sources:\n  - id: src\n    kind: report\n    title: A report\n" + source,
        };
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Data, "sources"), "*.yaml"))
        {
            texts["sources/bundled-" + Path.GetFileName(file)] = File.ReadAllText(file);
        }

        return DatasetReader.Load(texts);
    }

    [Fact]
    public void Load_AccessedDay_IsRead()
    {
        var result = Load("    published: 2015-03\n    accessed: 2015-03-31\n");

        Assert.Empty(result.Problems);
        Assert.Equal(new DateOnly(2015, 3, 31), result.Dataset!.Ledger.FindSource("src")!.Accessed);
    }

    [Fact]
    public void Load_NoAccessed_IsAllowed() =>
        Assert.Null(Load("    published: 2015-03\n").Dataset!.Ledger.FindSource("src")!.Accessed);

    [Theory]
    [InlineData("    accessed: 2015-03\n", "not a whole date")]
    [InlineData("    accessed: 2015\n", "not a whole date")]
    [InlineData("    accessed: 2015-02-30\n", "has no day 30")]
    [InlineData("    accessed: last week\n", "is not a date")]
    [InlineData("    accessed: 2999-01-01\n", "in the future")]
    [InlineData("    published: 2015-03\n    accessed: 2015-02-28\n", "before the source's own date (2015-03)")]
    [InlineData("    published: 2016\n    accessed: 2015-12-31\n", "before the source's own date (2016)")]
    public void Load_BadAccessed_NamesFileLineAndField(string fields, string message)
    {
        var p = Assert.Single(Load(fields).Problems);

        Assert.Equal("sources/s.yaml", p.File);
        Assert.Equal("sources[0].accessed", p.Field);
        Assert.Equal(fields.Split('\n').Length - 1 + 4, p.Line);
        Assert.Contains(message, p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AccessedOnThePublicationDay_IsAllowed() =>
        Assert.Empty(Load("    published: 2015-03-18\n    accessed: 2015-03-18\n").Problems);

    [Fact]
    public void Load_AccessedToday_IsAllowed() =>
        Assert.Empty(Load("    accessed: " + DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\n").Problems);

    [Fact]
    public void BundledSources_AllHaveAnAccessDate()
    {
        var dataset = DatasetReader.Load(RepoPaths.Data).Dataset!;

        var missing = dataset.Ledger.Sources.Where(s => s.Accessed is null).Select(s => s.Id).ToList();
        Assert.True(missing.Count == 0, $"sources without accessed: {string.Join(", ", missing)} (run tools/source-accessed.py after committing them)");
    }
}
