using DeFacto.Tests;

namespace DeFacto.Cli.Tests;

public sealed class OtherCommandTests
{
    [Fact]
    public void Validate_BundledData_Clean()
    {
        var run = CliRun.Of("validate", "--data", RepoPaths.Data);
        Assert.Equal(0, run.Exit);
        Assert.Contains("clean", run.Out, StringComparison.Ordinal);
        Assert.Contains("disagreement", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithoutData_ChecksTheLedger()
    {
        var run = CliRun.Of("validate");
        Assert.Equal(0, run.Exit);
        Assert.Contains("the ledger", run.Out, StringComparison.Ordinal);
        Assert.Contains("clean", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenCodebook_NamesFileAndLine()
    {
        var dir = Path.Combine(Path.GetTempPath(), "defacto-cli-tests", Guid.NewGuid().ToString("N"));
        CopyDirectory(RepoPaths.Data, dir);
        File.AppendAllText(Path.Combine(dir, "codebook.yaml"), "\n  broken: [unclosed\n");
        var run = CliRun.Of("validate", "--data", dir);
        Assert.Equal(1, run.Exit);
        Assert.Matches(@"codebook\.yaml:\d+:", run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Territories_ListsEveryTerritory()
    {
        var run = CliRun.Of("territories");
        Assert.Equal(0, run.Exit);
        foreach (var id in new[] { "south-ossetia", "abkhazia", "crimea", "transnistria", "northern-cyprus", "nagorno-karabakh", "donetsk", "luhansk" })
        {
            Assert.Contains(id, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Codebook_Json_ListsIndicatorsWithAnchors()
    {
        var run = CliRun.Of("codebook", "--format", "json");
        Assert.Equal(0, run.Exit);
        Assert.Equal(22, run.Json.GetProperty("indicators").GetArrayLength());
    }

    [Fact]
    public void Timeline_Crimea_TurnsDeJureIn2014()
    {
        var run = CliRun.Of("timeline", "crimea", "--from", "2013", "--to", "2016", "--format", "json");
        Assert.Equal(0, run.Exit);
        var points = run.Json.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(4, points.Count);
        Assert.NotEqual("de-jure-annexation", points[0].GetProperty("stage").GetString());
        Assert.All(points.Skip(1), p => Assert.Equal("de-jure-annexation", p.GetProperty("stage").GetString()));
        Assert.Contains(run.Json.GetProperty("events").EnumerateArray(), e => e.GetProperty("date").GetString()!.StartsWith("2014-03", StringComparison.Ordinal));
    }

    [Fact]
    public void Timeline_Table_DrawsAChart()
    {
        var run = CliRun.Of("timeline", "south-ossetia", "--from", "2008", "--to", "2016");
        Assert.Equal(0, run.Exit);
        Assert.Contains("●", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_DissolvedTerritory_EndsBeforeItCeasedToExist()
    {
        var run = CliRun.Of("timeline", "nagorno-karabakh", "--from", "2020", "--format", "json");
        Assert.Equal(0, run.Exit);
        Assert.Equal("2023-12-31", run.Json.GetProperty("points").EnumerateArray().Last().GetProperty("date").GetString());
    }

    [Fact]
    public void Assess_AfterDissolution_SaysSo()
    {
        var run = CliRun.Of("assess", "nagorno-karabakh", "--as-of", "2025");
        Assert.Equal(0, run.Exit);
        Assert.Contains("Stage       not-assessable", run.Out, StringComparison.Ordinal);
        Assert.Contains("ceased to exist on 1 January 2024", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_ReversedYears_Refused()
    {
        var run = CliRun.Of("timeline", "crimea", "--from", "2016", "--to", "2013");
        Assert.Equal(2, run.Exit);
    }

    [Fact]
    public void Compare_2016_GivesAssessmentsAndGaps()
    {
        var run = CliRun.Of("compare", "south-ossetia", "abkhazia", "transnistria", "--as-of", "2016-12-31", "--format", "json");
        Assert.Equal(0, run.Exit);
        Assert.Equal("crimea", run.Json.GetProperty("reference").GetString());
        Assert.Equal(3, run.Json.GetProperty("assessments").GetArrayLength());
        Assert.Equal(3, run.Json.GetProperty("gaps").GetArrayLength());
        Assert.True(run.Json.GetProperty("gaps")[0].GetProperty("domains").TryGetProperty("citizenship", out _));
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var run = CliRun.Of("--version");
        Assert.Equal(0, run.Exit);
        Assert.Matches(@"\d+\.\d+\.\d+", run.Out);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
