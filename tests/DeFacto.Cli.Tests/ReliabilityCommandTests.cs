using DeFacto.Tests;

namespace DeFacto.Cli.Tests;

/// <summary><c>defacto reliability</c>, <c>reliability sample</c> and <c>coverage</c>, run in process on copies of the bundled data.</summary>
public sealed class ReliabilityCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "defacto-reliability-tests", Guid.NewGuid().ToString("N"));

    public ReliabilityCommandTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Data, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_dir, Path.GetRelativePath(RepoPaths.Data, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string Data => _dir;

    // The bundled data carries a real second coding; these tests start from none.
    private void WithoutBundledCodings()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_dir, "codings"), "*.yaml"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Reliability_Json_HasTheContractShape()
    {
        WithoutBundledCodings();
        var first = FirstCategoryObservation();
        File.WriteAllText(Path.Combine(Data, "codings", "second.yaml"),
            $"coder: second\ncodings:\n  - {{observation: {first.Id}, category: {first.Other}, coded_on: 2026-12-01, resolution: {{category: {first.Category}, reason: \"the text says so\"}}}}\n");

        var run = CliRun.Of("reliability", "--data", Data, "--format", "json");

        Assert.Equal(0, run.Exit);
        var json = run.Json;
        Assert.Equal(["overall", "indicators", "disagreements"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["alpha", "pairs"], json.GetProperty("overall").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.GetProperty("overall").GetProperty("pairs").GetInt32());
        var indicator = Assert.Single(json.GetProperty("indicators").EnumerateArray());
        Assert.Equal(["id", "alpha", "pairs"], indicator.EnumerateObject().Select(p => p.Name));
        var d = Assert.Single(json.GetProperty("disagreements").EnumerateArray());
        Assert.Equal(first.Id, d.GetProperty("observation").GetString());
        Assert.Equal("second", d.GetProperty("second").GetProperty("coder").GetString());
        Assert.Equal(first.Other, d.GetProperty("second").GetProperty("value").GetString());
        Assert.Equal(first.Category, d.GetProperty("first").GetProperty("value").GetString());
        Assert.Equal("the text says so", d.GetProperty("resolution").GetProperty("reason").GetString());
    }

    [Fact]
    public void Reliability_NoRecodings_SaysHowToStart()
    {
        WithoutBundledCodings();
        var run = CliRun.Of("reliability", "--data", Data);

        Assert.Equal(0, run.Exit);
        Assert.Contains("reliability sample", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_WritesABlindSheet_AndKeepsAnExistingOne()
    {
        var sheet = Path.Combine(_dir, "sheet.yaml");

        var run = CliRun.Of("reliability", "sample", "--size", "40", "--seed", "5", "--out", sheet, "--data", Data);
        var again = CliRun.Of("reliability", "sample", "--size", "40", "--seed", "5", "--out", sheet, "--data", Data);

        Assert.Equal(0, run.Exit);
        var text = File.ReadAllText(sheet);
        Assert.Equal(40, text.Split('\n').Count(l => l.StartsWith("  - observation: ", StringComparison.Ordinal)));
        Assert.DoesNotContain("quote:", text, StringComparison.Ordinal);
        Assert.Equal(2, again.Exit);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(sheet));
    }

    [Fact]
    public void Coverage_Json_CountsTerritoryYearsInsideTheirExistence()
    {
        var run = CliRun.Of("coverage", "--data", Data, "--from", "2020", "--to", "2025", "--format", "json");

        Assert.Equal(0, run.Exit);
        var json = run.Json;
        var territories = json.GetProperty("territories").EnumerateArray().ToList();
        var karabakh = territories.Single(t => t.GetProperty("id").GetString() == "nagorno-karabakh");
        Assert.Equal(4, karabakh.GetProperty("years").GetInt32()); // 2020–2023: it ceased to exist on 1 January 2024
        Assert.Equal(territories.Sum(t => t.GetProperty("years").GetInt32()), json.GetProperty("territoryYears").GetInt32());
        Assert.All(territories.SelectMany(t => t.GetProperty("yearEnds").EnumerateArray()),
            y => Assert.InRange(y.GetProperty("current").GetInt32(), 0, 7));
    }

    [Fact]
    public void Coverage_BackwardRange_IsAClearError()
    {
        var run = CliRun.Of("coverage", "--data", Data, "--from", "2025", "--to", "2008");

        Assert.Equal(2, run.Exit);
        Assert.Contains("earliest first", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    // The first currency observation of the copied data, and a different category of the same indicator.
    private (string Id, string Category, string Other) FirstCategoryObservation()
    {
        var lines = File.ReadAllLines(Path.Combine(Data, "evidence", "abkhazia.yaml"));
        var at = Array.FindIndex(lines, l => l.Contains("indicator: finance.currency", StringComparison.Ordinal));
        var id = lines[at - 1].Split("id: ")[1].Trim();
        var category = lines[at + 1].Split("category: ")[1].Trim().Trim('"');
        return (id, category, category == "dual" ? "own" : "dual");
    }
}
