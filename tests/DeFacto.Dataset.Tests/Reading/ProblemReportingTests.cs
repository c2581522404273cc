using DeFacto.Tests;

namespace DeFacto.Dataset.Tests.Reading;

/// <summary>Bad files are reported with file, line and field, and never throw.</summary>
public sealed class ProblemReportingTests
{
    // The registry cites the bundled sources for each territory's start, so they come along.
    private static Dictionary<string, string> Minimal(string evidence)
    {
        var texts = new Dictionary<string, string>
        {
            ["codebook.yaml"] = File.ReadAllText(Path.Combine(RepoPaths.Data, "codebook.yaml")),
            ["territories.yaml"] = File.ReadAllText(Path.Combine(RepoPaths.Data, "territories.yaml")),
            ["sources/s.yaml"] = "sources:\n  - {id: src, kind: report, title: A report}\n",
            ["evidence/e.yaml"] = evidence,
        };
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Data, "sources"), "*.yaml"))
        {
            texts["sources/bundled-" + Path.GetFileName(file)] = File.ReadAllText(file);
        }

        return texts;
    }

    private static IReadOnlyList<DatasetProblem> Problems(string evidence) => DatasetReader.Load(Minimal(evidence)).Problems;

    private const string Good =
        "territory: south-ossetia\nobservations:\n  - id: o1\n    indicator: finance.patron_budget_share\n    value: 90\n    unit: percent\n    status: in-place\n    as_of: 2015-03\n    source: src\n    locator: p. 1\n    quote: \"90 per cent\"\n";

    [Fact]
    public void Load_GoodFile_NoProblems() => Assert.Empty(Problems(Good));

    [Fact]
    public void Load_BrokenYaml_ReportsFileAndLine()
    {
        var p = Assert.Single(Problems(Good + "  broken: [unclosed\n"));
        Assert.Equal("evidence/e.yaml", p.File);
        Assert.True(p.Line >= 12, p.ToString());
        Assert.Contains("not valid YAML", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltIndicator_SuggestsTheRightOne()
    {
        var p = Assert.Single(Problems(Good.Replace("finance.patron_budget_share", "finance.patron_budget_shar", StringComparison.Ordinal)));
        Assert.Equal(4, p.Line);
        Assert.Equal("observations[0].indicator", p.Field);
        Assert.Contains("did you mean finance.patron_budget_share", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("as_of: 2015-03", "as_of: 2015-13-45", "observations[0].as_of")]
    [InlineData("as_of: 2015-03", "as_of: 2015-03\n    since: 2016", "observations[0].since")]
    [InlineData("as_of: 2015-03", "as_of: 2015-03\n    since: 2008-02-30", "observations[0].since")]
    [InlineData("source: src", "source: nowhere", "observations[0].source")]
    [InlineData("value: 90", "value: 190", "observations[0].value")]
    [InlineData("status: in-place", "status: inplace", "observations[0].status")]
    [InlineData("territory: south-ossetia", "territory: south-osetia", "territory")]
    [InlineData("    locator: p. 1\n", "", "observations[0].locator")]
    [InlineData("quote: \"90 per cent\"", "quote: \"one two three four five six seven eight nine ten eleven twelve thirteen\"", "observations[0].quote")]
    public void Load_BadField_NamesTheField(string from, string to, string field)
    {
        var problems = Problems(Good.Replace(from, to, StringComparison.Ordinal));
        Assert.True(problems.Any(p => p.Field == field && p.File == "evidence/e.yaml" && p.Line > 0), string.Join("\n", problems));
    }

    [Fact]
    public void Load_BareYesCategory_AsksForQuotes()
    {
        var text = "territory: south-ossetia\nobservations:\n  - {id: o2, indicator: security.patron_base, category: yes, status: in-place, as_of: 2015, source: src, locator: p. 2, quote: base}\n";
        Assert.Contains(Problems(text), p => p.Field.EndsWith("category", StringComparison.Ordinal) && p.Message.Contains("quote", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DuplicateId_PointsAtTheFirst()
    {
        var text = Good + "  - id: o1\n    indicator: finance.currency\n    category: patron\n    status: in-place\n    as_of: 2015\n    source: src\n    locator: p. 2\n    quote: rouble\n";
        Assert.Contains(Problems(text), p => p.Message.Contains("already defined at evidence/e.yaml:3", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownField_SuggestsTheKnownOne()
    {
        var problems = Problems(Good.Replace("locator:", "locater:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("did you mean locator", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("- just\n- a list\n")]
    [InlineData("\u0000\u0001binary")]
    [InlineData("a: [\n")]
    [InlineData("{{{{")]
    public void Load_MalformedFile_ReportsWithoutThrowing(string text)
    {
        var problems = Problems(text);
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void Load_MissingDirectory_ReportsIt()
    {
        var result = DatasetReader.Load(Path.Combine(Path.GetTempPath(), "no-such-defacto-dir"));
        Assert.False(result.Ok);
        Assert.Contains("no such directory", result.Problems[0].Message, StringComparison.Ordinal);
    }
}
