using System.Text.Json;
using DeFacto.Core.Evidence;
using DeFacto.Exports.Citations;

namespace DeFacto.Exports.Tests.Citations;

public sealed class DatasetCitationTests
{
    private static readonly DatasetCitation Release = new("1.2.0", "0.1.0", "1.0", new DateOnly(2026, 11, 30));

    [Fact]
    public void Release_IsCitedByItsVersion_InWordsAndInBibTex()
    {
        Assert.Contains("version 1.2.0 (codebook v1.0)", Release.Text(), StringComparison.Ordinal);
        var entry = Assert.Single(BibTexParser.Parse(Release.BibTex()));
        Assert.Equal("defacto-1.2.0", entry.Key);
        Assert.Equal("1.2.0", entry.Fields["version"]);
        Assert.Equal("2026", entry.Fields["year"]);
        Assert.Contains("DeFacto curators", entry.Fields["author"], StringComparison.Ordinal);
    }

    [Fact]
    public void PlainExport_NamesTheProgramAndTheDay_AndSaysItIsNoRelease()
    {
        var citation = new DatasetCitation(null, "0.1.0", "1.0", new DateOnly(2026, 11, 30));

        Assert.Equal("0.1.0", citation.Version);
        Assert.Contains("not a frozen release", citation.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2026-11-30", citation.BibTex(), StringComparison.Ordinal);
    }

    [Fact]
    public void EncyclopediaEntry_PutsTheEncyclopediaInContainerTitle()
    {
        var source = Source.Create("wiki-passportization", "encyclopedia", "Passportization").Value with { Publisher = "Wikipedia" };

        var item = JsonDocument.Parse(CslJsonWriter.Write([source])).RootElement[0];

        Assert.Equal("entry-encyclopedia", item.GetProperty("type").GetString());
        Assert.Equal("Wikipedia", item.GetProperty("container-title").GetString());
        Assert.False(item.TryGetProperty("publisher", out _));
    }
}
