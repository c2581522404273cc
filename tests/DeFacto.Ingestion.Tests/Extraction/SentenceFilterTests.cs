using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Extraction;
using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.Extraction;

public sealed class SentenceFilterTests
{
    private static readonly SentenceFilter Filter = new(new CueBook(Datasets.Codebook, Datasets.Registry), new Gazetteer(Datasets.Registry));

    [Theory]
    [InlineData("The weather was fine and the talks went on.", false)]
    [InlineData("It was a long afternoon of speeches.", false)]
    [InlineData("Some 3,500 of them stayed.", true)]
    [InlineData("The subsidies kept coming.", true)]
    [InlineData("They guarded it well.", true)]
    [InlineData("The treaty was signed.", true)]
    [InlineData("Tskhinvali was quiet.", true)]
    [InlineData("Платёжным средством является российский рубль.", true)]
    public void MayMatter_KeepsSentencesWithDigitsCuesTriggersOrPlaces(string sentence, bool kept)
    {
        Assert.Equal(kept, Filter.MayMatter(sentence));
    }
}
