using DeFacto.Core.Evidence;
using DeFacto.Dataset.Writing;
using DeFacto.Tests;

namespace DeFacto.Dataset.Tests.Reading;

/// <summary>codings/*.yaml: second codings are read, checked with file, line and field, and written back unchanged.</summary>
public sealed class CodingFileTests
{
    private const string Evidence =
        "territory: south-ossetia\ncoder: first\nobservations:\n" +
        "  - {id: o1, indicator: finance.patron_budget_share, value: 90, status: in-place, as_of: 2015-03, source: src, locator: p. 1, quote: \"90 per cent\"}\n" +
        "  - {id: o2, indicator: finance.currency, category: patron, status: in-place, as_of: 2015, source: src, locator: p. 2, quote: rouble}\n";

    private const string Good =
        "coder: second\ncodings:\n" +
        "  - observation: o1\n    low: 85\n    high: 95\n    status: in-place\n    qualifier: estimate\n    coded_on: 2026-12-01\n" +
        "  - observation: o2\n    category: dual\n    coded_on: 2026-12-01\n    note: \"Both currencies.\"\n" +
        "    resolution:\n      category: patron\n      reason: \"The locator says the rouble only.\"\n      by: lead\n      on: 2026-12-03\n";

    // The registry cites sources of its own, so the bundled sources come along with the test's one.
    private static LoadResult Load(string codings)
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Data, "sources"), "*.yaml")
            .ToDictionary(f => "sources/" + Path.GetFileName(f), File.ReadAllText);
        files["codebook.yaml"] = File.ReadAllText(Path.Combine(RepoPaths.Data, "codebook.yaml"));
        files["territories.yaml"] = File.ReadAllText(Path.Combine(RepoPaths.Data, "territories.yaml"));
        files["sources/zz-test.yaml"] = "sources:\n  - {id: src, kind: report, title: A report}\n";
        files["evidence/e.yaml"] = Evidence;
        files["codings/c.yaml"] = codings;
        return DatasetReader.Load(files);
    }

    [Fact]
    public void Load_GoodCodings_ReadsEveryField()
    {
        var result = Load(Good);

        Assert.Empty(result.Problems);
        var codings = result.Dataset!.Codings;
        Assert.Equal(2, codings.Count);
        Assert.Equal(("second", 85.0, 95.0, EvidenceStatus.InPlace, "estimate"),
            (codings[0].Coder, codings[0].Value.Low!.Value, codings[0].Value.High!.Value, codings[0].Status!.Value, codings[0].Qualifier));
        Assert.Equal("patron", codings[1].Resolution!.Value.Category);
        Assert.Equal("lead", codings[1].Resolution!.By);
        Assert.Null(codings[1].Status);
    }

    [Theory]
    [InlineData("observation: o1", "observation: o3", "codings[0].observation", 3)]
    [InlineData("    low: 85\n    high: 95\n", "    low: 85\n    high: 195\n", "codings[0].high", 5)]
    [InlineData("category: dual", "category: duall", "codings[1].category", 10)]
    [InlineData("qualifier: estimate", "qualifier: guess", "codings[0].qualifier", 7)]
    [InlineData("    coded_on: 2026-12-01\n  - observation: o2", "    coded_on: 2026-12\n  - observation: o2", "codings[0].coded_on", 8)]
    [InlineData("      reason: \"The locator says the rouble only.\"\n", "", "codings[1].resolution.reason", 14)]
    [InlineData("coder: second\n", "", "codings[0].coder", 2)]
    [InlineData("    note: \"Both currencies.\"", "    notes: \"Both currencies.\"", "codings[1].notes", 12)]
    public void Load_BadField_NamesFileLineAndField(string from, string to, string field, int line)
    {
        var problems = Load(Good.Replace(from, to, StringComparison.Ordinal)).Problems;

        var p = Assert.Single(problems, p => p.Field == field);
        Assert.Equal("codings/c.yaml", p.File);
        Assert.Equal(line, p.Line);
    }

    [Fact]
    public void Load_SameCoderTwice_SaysWhereTheFirstIs()
    {
        var problems = Load(Good + "  - {observation: o1, value: 90, coded_on: 2026-12-02}\n").Problems;

        var p = Assert.Single(problems);
        Assert.Contains("already coded o1 at codings/c.yaml:3", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SheetEntriesNotFilledIn_AreSkipped_ButASlipIsNot()
    {
        var sheet = "coder:\ncodings:\n  - observation: o1\n    territory: south-ossetia\n    indicator: finance.patron_budget_share\n    unit: percent\n    value:\n    coded_on:\n" +
            "  - observation: o2\n    territory: south-ossetia\n    category:\n    status: in-place\n";

        var result = Load(sheet);

        Assert.Empty(result.Dataset!.Codings);
        var p = Assert.Single(result.Problems);
        Assert.Equal(("codings[1].status", 12), (p.Field, p.Line));
    }

    [Fact]
    public void Load_TerritoryNotTheObservations_CatchesAMistypedId()
    {
        var problems = Load("coder: x\ncodings:\n  - {observation: o1, territory: abkhazia, value: 90, coded_on: 2026-12-01}\n").Problems;

        Assert.Contains(problems, p => p.Field == "codings[0].territory" && p.Message.Contains("south-ossetia", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameCodings()
    {
        var first = Load(Good).Dataset!;
        var files = DatasetWriter.Render(first, DatasetDocuments.FromDirectory(RepoPaths.Data));

        var again = DatasetReader.Load(files.ToDictionary(kv => kv.Key, kv => kv.Value));

        Assert.Empty(again.Problems);
        Assert.Contains("codings/second.yaml", files.Keys);
        Assert.Equal(first.Codings, again.Dataset!.Codings);
    }
}
