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
    private readonly SentenceFilter _filter = new(cues, gazetteer);

    public CueBook Cues => cues;

    public IngestionResult Analyse(string name, PlainDocument document, MappedText cleaned, DocumentInput input)
    {
        var errors = new List<DocumentError>();
        var articles = TreatySplitter.Split(cleaned);
        var isTreaty = articles.Count >= 2;
        var sentences = new List<SentenceAnalysis>();
        var bodyStart = HeaderBlock.Start(cleaned, HeaderBlock.End(document.Original));
        foreach (var sentence in HeaderBlock.Separate(SentenceSplitter.Split(cleaned.Text), bodyStart))
        {
            sentences.Add(Analyse(cleaned.Text, sentence, isTreaty ? TreatySplitter.Locate(articles, sentence.Start) : null));
        }

        var published = input.Published
            ?? (document.DeclaredDate is null ? HeaderDate(sentences, bodyStart) : null)
            ?? PublicationDate.Infer(document.DeclaredDate, sentences.SelectMany(s => s.Dates).ToList());
        var primary = input.Territory ?? PrimaryTerritory(document.Title, sentences);
        var context = new DocumentContext(cleaned, registry, published, primary, sentences);

        var facts = new List<CandidateFact>();
        var events = new List<CandidateEvent>();
        PartialDate? carried = null;
        var paragraph = -1;
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

                // Facts hang on a cue: a sentence without one yields none of its own (a labelled value borrows its label's).
                if (sentence.Cues.Count > 0)
                {
                    facts.AddRange(NumericExtractor.Extract(context, sentence, codebook));
                }

                if (LabelledValue(cleaned.Text, sentences, sentence) is { } labelled)
                {
                    facts.AddRange(NumericExtractor.Extract(context, labelled, codebook));
                }

                if (sentence.Cues.Count > 0)
                {
                    facts.AddRange(CategoryExtractor.Extract(context, sentence, codebook));
                    facts.AddRange(ComputedShare.Extract(context, sentence, codebook));
                }

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
        var reach = sentence.Length > limits.MaxSentenceLength ? SentenceReach.Nothing : _filter.Classify(text.AsSpan(sentence.Start, sentence.Length));
        if (reach == SentenceReach.Nothing)
        {
            return new SentenceAnalysis(sentence, [], [], [], [], []);
        }

        var tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End);
        var places = gazetteer.Find(tokens);
        var dates = DateParser.Parse(text, tokens);

        // Without a cue word no cue can match: the sentence is read for its events, dates and places only.
        var matches = reach == SentenceReach.Cues ? cues.Match(tokens, places) : [];

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

    /// <summary>
    /// The date a metadata header gives ("note: Kremlin (15 Jul 2016): …"): its first dated mention, else its
    /// first bare year ("c. 2017 revision"). Later mentions in a header describe the content, not the document.
    /// </summary>
    private static PartialDate? HeaderDate(List<SentenceAnalysis> sentences, int bodyStart)
    {
        PartialDate? bare = null;
        foreach (var sentence in sentences)
        {
            if (sentence.Sentence.Start >= bodyStart)
            {
                break;
            }

            foreach (var mention in sentence.Dates)
            {
                if (mention.Year is { } year && DateResolver.Make(year, mention.Month, mention.Day) is { } date)
                {
                    return date;
                }
            }

            foreach (var token in sentence.Tokens)
            {
                if (bare is null && token.Kind == TokenKind.Number && token.Length == 4 && int.TryParse(token.Text, out var year) && year is >= 1900 and <= 2100)
                {
                    bare = PartialDate.OfYear(year);
                }
            }
        }

        return bare;
    }

    /// <summary>
    /// A bare figure on its own line under a short label ("Population" / "• 2015 census" / "150,932"),
    /// as scraped infoboxes and tables print them: the figure read together with its label lines.
    /// </summary>
    private SentenceAnalysis? LabelledValue(string text, List<SentenceAnalysis> sentences, SentenceAnalysis value)
    {
        var tokens = value.Tokens;
        if (value.Cues.Count > 0 || tokens.Count == 0 || tokens.Count > 8 || tokens[0].Kind != TokenKind.Number)
        {
            return null;
        }

        var index = value.Sentence.Index;
        for (var back = 1; back <= 2 && index - back >= 0; back++)
        {
            var label = sentences[index - back];
            if (label.Tokens.Count > 8 || label.Sentence.Paragraph != value.Sentence.Paragraph && back > 1)
            {
                return null;
            }

            if (label.Cues.Count > 0)
            {
                // The figure only: a citation mark or a note after it ("382,836[3]") is not part of it.
                var last = 0;
                while (last + 2 < tokens.Count && tokens[last + 1].Text is "," or "." && tokens[last + 2].Kind == TokenKind.Number && tokens[last + 2].Start == tokens[last + 1].End)
                {
                    last += 2;
                }

                var merged = new Sentence(label.Sentence.Index, label.Sentence.Start, tokens[last].End - label.Sentence.Start, value.Sentence.Paragraph);
                return Analyse(text, merged, value.Article);
            }
        }

        return null;
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
