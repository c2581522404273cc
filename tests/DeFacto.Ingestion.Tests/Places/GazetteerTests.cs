using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Sentences;
using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.Places;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = new(TestCodebook.Registry);

    private static List<string> Find(string text) =>
        Gazetteer.Find(Tokenizer.Tokenize(text, 0, text.Length)).Select(m => m.PlaceId).ToList();

    [Theory]
    [InlineData("Troops entered North Enclave.", "north-enclave")]
    [InlineData("North Enclavian officials met.", "north-enclave")]
    [InlineData("Patronia's army is large.", "patronia")]
    [InlineData("Patronians guard the line.", "patronia")]
    [InlineData("The talks in Northtown ended.", "north-enclave")]
    [InlineData("Власти Северного Анклава заявили.", "north-enclave")]
    public void Find_NameAliasAdjectiveOrInflection_FindsThePlace(string text, string id)
    {
        Assert.Equal([id], Find(text));
    }

    [Fact]
    public void Find_LongestNameWins()
    {
        Assert.Equal(["north-enclave"], Find("The North Enclavian side agreed."));
    }

    [Fact]
    public void Find_Acronym_MatchesOnlyInCapitals()
    {
        Assert.Equal(["north-enclave"], Find("The NE leadership agreed."));
        Assert.Empty(Find("The ne leadership agreed."));
    }
}
