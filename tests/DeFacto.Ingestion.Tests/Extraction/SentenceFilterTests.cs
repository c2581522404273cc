using DeFacto.Ingestion.Cleaning;
using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Dates;
using DeFacto.Ingestion.Extraction;
using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Reading;
using DeFacto.Ingestion.Sentences;
using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.Extraction;

public sealed class SentenceFilterTests
{
    private static readonly CueBook Cues = new(Datasets.Codebook, Datasets.Registry);
    private static readonly Gazetteer Places = new(Datasets.Registry);
    private static readonly SentenceFilter Filter = new(Cues, Places);

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

    [Theory]
    [InlineData("The weather was fine and the talks went on.", "Nothing")]
    [InlineData("Tskhinvali was quiet on 8 August.", "Context")]
    [InlineData("The agreement was signed in Moscow.", "Context")]
    [InlineData("The subsidies kept coming.", "Cues")]
    [InlineData("Платёжным средством является российский рубль.", "Cues")]
    public void Classify_TellsCueSentencesFromContextOnlyOnes(string sentence, string reach)
    {
        Assert.Equal(Enum.Parse<SentenceReach>(reach), Filter.Classify(sentence));
    }

    /// <summary>
    /// The promise the pre-filter makes, checked on real prose (every sentence of ../shared/corpus): a sentence
    /// it skips has no place, date or cue; one it reads for context only has no cue match.
    /// </summary>
    [Fact]
    public void Classify_OnTheCorpus_NeverSkipsWhatTheFullAnalysisFinds()
    {
        var corpus = Repo.Shared is { } shared ? Path.Combine(shared, "corpus") : null;
        Assert.SkipWhen(corpus is null || !Directory.Exists(corpus), "../shared/corpus is not beside the repository");
        var checkedSentences = 0;
        foreach (var file in Directory.GetFiles(corpus!).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var document = new PlainTextReader().Read(new RawDocument(Path.GetFileName(file), File.ReadAllBytes(file), null)).Document!;
            var text = TextCleaner.Clean(document.Plain).Text;
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                var tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End);
                var places = Places.Find(tokens);
                var reach = Filter.Classify(text.AsSpan(sentence.Start, sentence.Length));
                var where = $"{Path.GetFileName(file)} at {sentence.Start}: {text.Substring(sentence.Start, Math.Min(sentence.Length, 80))}";
                if (reach != SentenceReach.Cues)
                {
                    Assert.True(Cues.Match(tokens, places).Count == 0, "a cue in a sentence classed without one: " + where);
                }

                if (reach == SentenceReach.Nothing)
                {
                    Assert.True(places.Count == 0 && DateParser.Parse(text, tokens).Count == 0, "a place or date in a skipped sentence: " + where);
                }

                checkedSentences++;
            }
        }

        Assert.True(checkedSentences > 1000, $"only {checkedSentences} sentences checked");
    }
}
