using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Dates;
using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Quantities;
using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Extraction;

/// <summary>Everything the stages found in one sentence: tokens, places, dates, figures and cue matches.</summary>
internal sealed record SentenceAnalysis(
    Sentence Sentence,
    List<Token> Tokens,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<CueMatch> Cues)
{
    public bool IsQuestion { get; init; }

    /// <summary>The treaty article the sentence stands in, when the document is a treaty.</summary>
    public string? Article { get; init; }

    private IReadOnlyList<PlaceMention>? _territories;

    /// <summary>The sentence's places that are territories, in order (worked out once: every cue and figure asks).</summary>
    public IReadOnlyList<PlaceMention> Territories(DocumentContext document) =>
        _territories ??= Places.Where(p => document.IsTerritory(p.PlaceId)).ToList();
}
