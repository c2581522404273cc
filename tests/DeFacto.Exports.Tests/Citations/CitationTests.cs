using System.Text.Json;
using DeFacto.Core.Evidence;
using DeFacto.Exports.Citations;
using DeFacto.Exports.Formats;

namespace DeFacto.Exports.Tests.Citations;

public sealed class CitationTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private List<BibTexParser.Entry> Bib() => BibTexParser.Parse(File.ReadAllText(fixture.PathOf(ExportFormat.Csv, "sources.bib")));

    [Fact]
    public void BibTex_OneWellFormedEntryPerSource_KeyedByItsId()
    {
        var entries = Bib();

        Assert.Equal(fixture.Dataset.Ledger.Sources.Select(s => s.Id), entries.Select(e => e.Key));
    }

    [Fact]
    public void BibTex_SpecialCharacters_AreEscapedAndReadBackAsWritten()
    {
        var report = Bib().Single(e => e.Key == "report-2012");
        var title = report.Fields["title"];

        Assert.StartsWith("{", title, StringComparison.Ordinal);
        Assert.Equal(fixture.Dataset.Ledger.FindSource("report-2012")!.Title, BibTexParser.Unescape(title[1..^1]));
        Assert.DoesNotContain(" & ", title, StringComparison.Ordinal);
        Assert.Contains(@"50\%", title, StringComparison.Ordinal);
        Assert.Equal("https://example.org/report?id=50%25#p3", report.Fields["url"]);
    }

    [Fact]
    public void BibTex_EntryTypes_FollowTheSourceKind()
    {
        var entries = Bib().ToDictionary(e => e.Key);

        Assert.Equal("techreport", entries["report-2012"].Type);
        Assert.Equal("Institute of Studies", entries["report-2012"].Fields["institution"]);
        Assert.Equal("Anna Smith and Jones, Bob", entries["report-2012"].Fields["author"]);
        Assert.Equal("mar", entries["report-2012"].Fields["month"]);
        Assert.Equal("article", entries["news-2010"].Type);
        Assert.Equal("The Daily Paper", entries["news-2010"].Fields["journal"]);
        Assert.Equal("misc", entries["treaty-2013"].Type);
    }

    [Fact]
    public void BibTex_AccessDate_IsUrldate_AndOnlyWhereGiven()
    {
        var entries = Bib().ToDictionary(e => e.Key);

        Assert.Equal("2012-04-02", entries["report-2012"].Fields["urldate"]);
        Assert.False(entries["news-2010"].Fields.ContainsKey("urldate"));
    }

    [Fact]
    public void CslJson_AccessDate_IsAccessedDateParts()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(fixture.PathOf(ExportFormat.Csv, "sources.csl.json")));
        var items = doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);

        Assert.Equal("[[2012,4,2]]", items["report-2012"].GetProperty("accessed").GetProperty("date-parts").GetRawText()
            .Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal));
        Assert.False(items["news-2010"].TryGetProperty("accessed", out _));
    }

    [Theory]
    [InlineData("report", "{{International Crisis Group}}")]
    [InlineData("dataset", "{{International Crisis Group}}")]
    [InlineData("web-page", "{{International Crisis Group}}")]
    [InlineData("news", null)]
    [InlineData("encyclopedia", null)]
    [InlineData("statement", null)]
    [InlineData("treaty", null)]
    public void BibTex_NoPerson_TheIssuingOrganisationIsTheCorporateAuthor_ForItsOwnKinds(string kind, string? author)
    {
        var source = Source.Create("s", kind, "Deepening dependence").Value with { Publisher = "International Crisis Group" };

        var entry = BibTexParser.Parse(BibTexWriter.Entry(source)).Single();
        var csl = JsonDocument.Parse(CslJsonWriter.Write([source])).RootElement[0];

        Assert.Equal(author, entry.Fields.GetValueOrDefault("author") is { } a ? "{" + a + "}" : null);
        Assert.Equal(author is null ? null : "International Crisis Group",
            csl.TryGetProperty("author", out var names) ? names[0].GetProperty("literal").GetString() : null);
    }

    [Theory]
    [InlineData("ru", "russian")]
    [InlineData("en", "english")]
    [InlineData("ka", "Georgian")]
    [InlineData("xx", "xx")]
    public void BibTex_Language_IsTheNameBiblatexKnows(string code, string name) => Assert.Equal(name, BibTexWriter.LanguageName(code));

    [Fact]
    public void BibTex_APersonNamed_IsTheAuthor_NotTheOrganisation()
    {
        var source = Source.Create("s", "report", "T").Value with { Authors = ["Anna Smith"], Publisher = "Institute" };

        Assert.Equal("Anna Smith", BibTexParser.Parse(BibTexWriter.Entry(source)).Single().Fields["author"]);
    }

    [Fact]
    public void CslJson_IsValidJson_WithTypedItemsAndStructuredNamesAndDates()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(fixture.PathOf(ExportFormat.Csv, "sources.csl.json")));
        var items = doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);

        Assert.Equal(fixture.Dataset.Ledger.Sources.Count, items.Count);
        var report = items["report-2012"];
        Assert.Equal("report", report.GetProperty("type").GetString());
        Assert.Equal(fixture.Dataset.Ledger.FindSource("report-2012")!.Title, report.GetProperty("title").GetString());
        Assert.Equal("Smith", report.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("Anna", report.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.Equal("Jones", report.GetProperty("author")[1].GetProperty("family").GetString());
        Assert.Equal("[[2012,3]]", report.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal("article-newspaper", items["news-2010"].GetProperty("type").GetString());
        Assert.Equal("The Daily Paper", items["news-2010"].GetProperty("container-title").GetString());
        Assert.Equal("treaty", items["treaty-2013"].GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("a_b", @"a\_b")]
    [InlineData("{x}", @"\{x\}")]
    [InlineData(@"c:\d", @"c:\textbackslash{}d")]
    [InlineData("line\nbreak", "line break")]
    public void Escape_SpecialCharacters(string input, string expected) => Assert.Equal(expected, BibTexText.Escape(input));
}
