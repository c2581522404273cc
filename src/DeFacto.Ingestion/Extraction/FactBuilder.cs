using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

namespace DeFacto.Ingestion.Extraction;

/// <summary>Builds a candidate fact with its status, as-of date, quote and span in the original text.</summary>
internal static class FactBuilder
{
    /// <summary>The candidate, or null when the parts make no value (a missing figure is never read as zero).</summary>
    public static CandidateFact? Build(
        DocumentContext document,
        SentenceAnalysis sentence,
        Indicator indicator,
        string territory,
        (double? Value, double? Low, double? High, string? Category, string? Unit, string? Qualifier) value,
        int evidenceStart,
        int evidenceEnd,
        double confidence)
    {
        if (!ObservedValue.Create(value.Value, value.Low, value.High, value.Category).TryGetValue(out var observed))
        {
            return null;
        }

        var (quote, start, end) = QuoteMaker.Make(document.Cleaned.Text, sentence.Tokens, evidenceStart, evidenceEnd);
        var made = CandidateFact.Create(
            territory: territory,
            indicator: indicator.Id,
            value: observed,
            status: StatusReader.Read(sentence),
            span: document.Cleaned.ToOriginal(start, end - start),
            quote: quote,
            confidence: Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2),
            unit: value.Unit,
            qualifier: value.Qualifier,
            asOf: AsOf(document, sentence),
            article: sentence.Article,
            sentence: document.SentenceOf(sentence),
            paragraph: document.ParagraphOf(sentence));
        return made.TryGetValue(out var fact) ? fact : null;
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
