using DeFacto.Core;
using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

namespace DeFacto.Ingestion;

/// <summary>
/// A proposed observation, waiting for an analyst to accept it into the ledger. Made only by
/// <see cref="Create"/>: a territory, an indicator, a value of exactly one form (never a zero standing in
/// for a missing one) and a confidence in [0, 1]. Its quote is held to the twelve-word limit when it
/// becomes an observation, where the reviewer can still shorten it.
/// </summary>
public sealed record CandidateFact
{
    private CandidateFact()
    {
    }

    public string Territory { get; init; } = "";

    public string Indicator { get; init; } = "";

    /// <summary>The value in its one form; <see cref="Value"/>, <see cref="Low"/>, <see cref="High"/> and <see cref="Category"/> read its parts.</summary>
    public ObservedValue Observed { get; private init; }

    public double? Value => Observed.Point;

    public double? Low => Observed.Low;

    public double? High => Observed.High;

    public string? Category => Observed.Category;

    public string? Unit { get; init; }

    public EvidenceStatus Status { get; init; }

    /// <summary>official, estimate, approximate, claimed or disputed; null when the figure is stated plainly.</summary>
    public string? Qualifier { get; init; }

    public PartialDate? AsOf { get; init; }

    /// <summary>Where the evidence stands in the document's original text.</summary>
    public TextSpan Span { get; init; }

    /// <summary>At most twelve words around the figure or phrase, as the document gives them.</summary>
    public string Quote { get; init; } = "";

    public double Confidence { get; init; }

    /// <summary>The treaty article the fact comes from ("3", "3.2"), when the document is a treaty.</summary>
    public string? Article { get; init; }

    /// <summary>The sentence the evidence stands in, so a reviewer reads it whole.</summary>
    public TextPassage? Sentence { get; init; }

    /// <summary>The paragraph around the sentence (at most a few thousand characters).</summary>
    public TextPassage? Paragraph { get; init; }

    /// <summary>A candidate, or every rule its parts break (joined by "; ").</summary>
    public static ParseResult<CandidateFact> Create(
        string territory, string indicator, ObservedValue value, EvidenceStatus status, TextSpan span, string quote, double confidence,
        string? unit = null, string? qualifier = null, PartialDate? asOf = null, string? article = null, TextPassage? sentence = null, TextPassage? paragraph = null)
    {
        return new Rules()
            .Require("territory", territory).Require("indicator", indicator).Value(value).Confidence(confidence)
            .Make(() => new CandidateFact
            {
                Territory = territory,
                Indicator = indicator,
                Observed = value,
                Status = status,
                Span = span,
                Quote = quote ?? throw new ArgumentNullException(nameof(quote)),
                Confidence = confidence,
                Unit = unit,
                Qualifier = qualifier,
                AsOf = asOf,
                Article = article,
                Sentence = sentence,
                Paragraph = paragraph,
            });
    }
}
