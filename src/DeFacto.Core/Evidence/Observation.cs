using DeFacto.Core.Time;

namespace DeFacto.Core.Evidence;

/// <summary>
/// One coded value for a territory and an indicator, tied to the source it came from. Made only by
/// <see cref="Create"/>, which keeps its rules: an id, territory, indicator, source and locator; a value
/// with exactly one form; a quote of at most <see cref="Quotes.MaxWords"/> words; a confidence in [0, 1];
/// a <see cref="Since"/> no later than <see cref="AsOf"/>.
/// </summary>
public sealed record Observation
{
    private Observation()
    {
    }

    public string Id { get; init; } = "";

    public string Territory { get; init; } = "";

    public string Indicator { get; init; } = "";

    public ObservedValue Value { get; init; }

    public string? Unit { get; init; }

    /// <summary>official, estimate, approximate, claimed, disputed; null when the source states the value plainly.</summary>
    public string? Qualifier { get; init; }

    public EvidenceStatus Status { get; init; }

    /// <summary>The end of the period the observation attests, or the date of the statement.</summary>
    public PartialDate AsOf { get; init; }

    /// <summary>The start of the period the observation attests ("the rouble has been used since 2008"); none: only <see cref="AsOf"/>.</summary>
    public PartialDate? Since { get; init; }

    public string Source { get; init; } = "";

    public string Locator { get; init; } = "";

    public string? Quote { get; init; }

    public string? Coder { get; init; }

    public double Confidence { get; init; } = 0.8;

    public string? Note { get; init; }

    /// <summary>The treaty provision this observation comes from, when it was generated from one.</summary>
    public string? Provision { get; init; }

    /// <summary>For a pledge generated from a treaty: the day the treaty was signed.</summary>
    public PartialDate? SignedOn { get; init; }

    /// <summary>For a pledge generated from a treaty: the day it entered into force (none: not known to be in force).</summary>
    public PartialDate? InForceOn { get; init; }

    /// <summary>The first day the observation speaks for: its <see cref="Since"/>, else the start of <see cref="AsOf"/>.</summary>
    public DateOnly AttestsFrom => Since is { } since && since.Start < AsOf.Start ? since.Start : AsOf.Start;

    /// <summary>An observation, or every rule its parts break (joined by "; ").</summary>
    public static ParseResult<Observation> Create(
        string id, string territory, string indicator, ObservedValue value, EvidenceStatus status, PartialDate asOf, string source, string locator,
        string? quote = null, string? unit = null, string? qualifier = null, PartialDate? since = null, string? coder = null, double confidence = 0.8,
        string? note = null, string? provision = null, PartialDate? signedOn = null, PartialDate? inForceOn = null)
    {
        return new Rules()
            .Require("id", id).Require("territory", territory).Require("indicator", indicator).Require("source", source).Require("locator", locator)
            .Value(value).Quote(quote).Confidence(confidence)
            .Check(SinceProblem(since, asOf) is { } s ? "since " + s : null)
            .Make(() => new Observation
            {
                Id = id,
                Territory = territory,
                Indicator = indicator,
                Value = value,
                Status = status,
                AsOf = asOf,
                Source = source,
                Locator = locator,
                Quote = quote,
                Unit = unit,
                Qualifier = qualifier,
                Since = since,
                Coder = coder,
                Confidence = confidence,
                Note = note,
                Provision = provision,
                SignedOn = signedOn,
                InForceOn = inForceOn,
            });
    }

    /// <summary>Why a confidence is not one ("must lie between 0 and 1"), or null: it is a probability.</summary>
    public static string? ConfidenceProblem(double confidence) =>
        confidence is >= 0 and <= 1 ? null : "must lie between 0 and 1";

    /// <summary>Why a period's start does not go with its end, or null.</summary>
    public static string? SinceProblem(PartialDate? since, PartialDate asOf) => since is { } s && s.Start > asOf.End
        ? $"{s} is after as_of {asOf}: since starts the period the observation attests, as_of ends it"
        : null;
}
