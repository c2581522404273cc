using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Sentences;
using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.Cues;

public sealed class CueBookTests
{
    private static readonly CueBook Book = new(TestCodebook.Codebook, TestCodebook.Registry);
    private static readonly Gazetteer Gazetteer = new(TestCodebook.Registry);

    private static List<CueMatch> Match(string text)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        return Book.Match(tokens, Gazetteer.Find(tokens));
    }

    [Theory]
    [InlineData("3,000 soldier were there", "soldiers")]
    [InlineData("the troops left", "troops")]
    [InlineData("their inhabitant count", "inhabitants")]
    public void Match_InflectedWord_MatchesByStem(string text, string source)
    {
        Assert.Contains(Match(text), m => m.Pattern.Source == source);
    }

    [Fact]
    public void Match_PatronPlaceholder_RecordsThePlace()
    {
        var match = Assert.Single(Match("a Patronian military base stands there"), m => m.Pattern.IsCategory);

        Assert.Equal("patronia", match.Patron);
        Assert.Equal("yes", match.Pattern.Category);
    }

    [Fact]
    public void Match_PatronPlaceholder_IgnoresStatesThatAreNoOnesPatron()
    {
        Assert.DoesNotContain(Match("an Otherish military base stands there"), m => m.Pattern.IsCategory);
    }

    [Fact]
    public void Match_Gap_AllowsWordsBetween()
    {
        Assert.Contains(Match("the recognition of both enclaves as independent states"), m => m.Pattern.Category == "yes");
    }

    [Fact]
    public void Match_Prefix_MatchesAnyEnding()
    {
        Assert.Contains(Match("the garrisoned town"), m => m.Pattern.Category == "yes");
    }

    [Fact]
    public void Match_Articles_MayStandBetweenWords()
    {
        Assert.Contains(Match("Patronia recognised the enclave"), m => m.Pattern.Category == "yes");
    }
}
