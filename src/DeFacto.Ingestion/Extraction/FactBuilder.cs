using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

namespace DeFacto.Ingestion.Extraction;

/// <summary>Builds a candidate fact with its status, as-of date, quote and span in the original text.</summary>
internal static class FactBuilder
{
    public static CandidateFact Build(
        DocumentContext document,
        SentenceAnalysis sentence,
        Indicator indicator,
        string territory,
        (double? Value, double? Low, double? High, string? Category, string? Unit, string? Qualifier) value,
        int evidenceStart,
        int evidenceEnd,
        double confidence)
    {
        var (quote, start, end) = QuoteMaker.Make(document.Cleaned.Text, sentence.Tokens, evidenceStart, evidenceEnd);
        return new CandidateFact
        {
            Territory = territory,
            Indicator = indicator.Id,
            Value = value.Value,
            Low = value.Low,
            High = value.High,
            Category = value.Category,
            Unit = value.Unit,
            Status = StatusReader.Read(sentence),
            Qualifier = value.Qualifier,
            AsOf = AsOf(document, sentence),
            Span = document.Cleaned.ToOriginal(start, end - start),
            Quote = quote,
            Confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2),
            Article = sentence.Article,
            Sentence = document.SentenceOf(sentence),
            Paragraph = document.ParagraphOf(sentence),
        };
    }

    /// <summary>A date the sentence gives (to the day, month or year) is when the fact held; else the document's date.</summary>
    private static PartialDate? AsOf(DocumentContext document, SentenceAnalysis sentence)
    {
        foreach (var mention in sentence.Dates)
        {
            if (Dates.DateResolver.Resolve(mention, document.Published) is { } date)
            {
                return date;
            }
        }

        return document.Published;
    }
}
