using DeFacto.Core.Coding;
using DeFacto.Core.Registry;
using DeFacto.Core.Time;
using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Dates;
using DeFacto.Ingestion.Extraction;
using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Quantities;
using DeFacto.Ingestion.Reading;
using DeFacto.Ingestion.Sentences;
using DeFacto.Ingestion.Text;
using DeFacto.Ingestion.Treaties;

namespace DeFacto.Ingestion;

/// <summary>Cleaned text → sentences → analysed sentences → the document's date and territory → candidates.</summary>
internal sealed class DocumentAnalyser(CueBook cues, Gazetteer gazetteer, Codebook codebook, PlaceRegistry registry, IngestionLimits limits)
{
    public CueBook Cues => cues;

    public IngestionResult Analyse(string name, PlainDocument document, MappedText cleaned, DocumentInput input)
    {
        var errors = new List<DocumentError>();
        var articles = TreatySplitter.Split(cleaned);
        var isTreaty = articles.Count >= 2;
        var sentences = new List<SentenceAnalysis>();
        foreach (var sentence in SentenceSplitter.Split(cleaned.Text))
        {
            sentences.Add(Analyse(cleaned.Text, sentence, isTreaty ? TreatySplitter.Locate(articles, sentence.Start) : null));
        }

        var published = input.Published ?? PublicationDate.Infer(document.DeclaredDate, sentences.SelectMany(s => s.Dates).ToList());
        var primary = input.Territory ?? PrimaryTerritory(document.Title, sentences);
        var context = new DocumentContext(cleaned, registry, published, primary, sentences);

        var facts = new List<CandidateFact>();
        var events = new List<CandidateEvent>();
        PartialDate? carried = null;
        var paragraph = -1;
        var bodyStart = HeaderBlock.End(cleaned.Text);
        foreach (var sentence in sentences)
        {
            // The header's summary helps date the document and find its territory, but it is not the document's own text.
            if (sentence.Sentence.Start < bodyStart)
            {
                continue;
            }

            if (sentence.Sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Sentence.Paragraph;
                carried = null;
            }

            try
            {
                carried = Carry(sentence, published) ?? carried;
                facts.AddRange(NumericExtractor.Extract(context, sentence, codebook));
                facts.AddRange(CategoryExtractor.Extract(context, sentence, codebook));
                events.AddRange(EventExtractor.Extract(context, sentence, carried));
            }
#pragma warning disable CA1031 // One unreadable sentence is reported and the rest of the document still counts.
            catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                errors.Add(new DocumentError(name, $"the sentence at character {cleaned.ToOriginal(sentence.Sentence.Start)} could not be read ({e.GetType().Name}: {e.Message})"));
            }
        }

        var info = new DocumentInfo(name, document.Title, published, primary) { Format = FormatDetector.Name(document.Format) };
        return new IngestionResult(info, CandidateMerger.Facts(facts), CandidateMerger.Events(events), errors)
        {
            OriginalText = document.Original,
            Articles = articles,
        };
    }

    private SentenceAnalysis Analyse(string text, Sentence sentence, string? article)
    {
        if (sentence.Length > limits.MaxSentenceLength)
        {
            return new SentenceAnalysis(sentence, [], [], [], [], []);
        }

        var tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End);
        var places = gazetteer.Find(tokens);
        var dates = DateParser.Parse(text, tokens);
        var matches = cues.Match(tokens, places);

        // Figures matter only beside a numeric indicator's cue; most sentences have none.
        var quantities = matches.Exists(m => !m.Pattern.IsCategory && codebook.FindIndicator(m.Pattern.IndicatorId)?.IsNumeric == true)
            ? QuantityParser.Parse(text, tokens)
            : [];
        HedgeReader.Apply(tokens, quantities);
        return new SentenceAnalysis(sentence, tokens, places, dates, quantities, matches)
        {
            IsQuestion = text[sentence.End - 1] == '?',
            Article = article,
        };
    }

    /// <summary>A date to the day or month that a sentence sets stays in force for the rest of its paragraph.</summary>
    private static PartialDate? Carry(SentenceAnalysis sentence, PartialDate? published)
    {
        foreach (var mention in sentence.Dates)
        {
            if (mention.Day is not null && DateResolver.Resolve(mention, published) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private string? PrimaryTerritory(string? title, List<SentenceAnalysis> sentences)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        if (title is not null)
        {
            foreach (var place in gazetteer.Find(Tokenizer.Tokenize(title, 0, title.Length)))
            {
                Add(scores, place.PlaceId, 3);
            }
        }

        foreach (var sentence in sentences)
        {
            foreach (var place in sentence.Places)
            {
                Add(scores, place.PlaceId, sentence.Sentence.Index < 3 ? 2 : 1);
            }
        }

        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }

    private void Add(Dictionary<string, double> scores, string id, double weight)
    {
        if (registry.Find(id)?.Kind == PlaceKind.Territory)
        {
            scores[id] = scores.GetValueOrDefault(id) + weight;
        }
    }
}
