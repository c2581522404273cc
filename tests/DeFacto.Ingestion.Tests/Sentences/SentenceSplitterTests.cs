using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Split_AbbreviationsAndInitials_DoNotEndSentences()
    {
        var sentences = Split("Mr. Putin met Dr. Tibilov on Sept. 9. V. Putin spoke. Art. 3 applies.");

        Assert.Equal(["Mr. Putin met Dr. Tibilov on Sept. 9.", "V. Putin spoke.", "Art. 3 applies."], sentences);
    }

    [Fact]
    public void Split_DecimalsAndQuotes_AreHandled()
    {
        var sentences = Split("It grew by 2.5 per cent. \"It is a landmark,\" he said. Next one?");

        Assert.Equal(["It grew by 2.5 per cent.", "\"It is a landmark,\" he said.", "Next one?"], sentences);
    }

    [Fact]
    public void Split_BlankLine_StartsANewParagraph()
    {
        var sentences = SentenceSplitter.Split("One here.\n\nTwo here.\nHeading\nThree.");

        Assert.Equal([0, 1, 1, 1], sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Split_Russian_SplitsOnCyrillicCapitals()
    {
        Assert.Equal(2, Split("Договор подписан в Москве. Стороны обязуются сотрудничать.").Count);
    }
}
