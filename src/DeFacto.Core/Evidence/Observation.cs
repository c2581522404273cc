using DeFacto.Core.Time;

namespace DeFacto.Core.Evidence;

/// <summary>One coded value for a territory and an indicator, tied to the source it came from.</summary>
public sealed record Observation
{
    public required string Id { get; init; }

    public required string Territory { get; init; }

    public required string Indicator { get; init; }

    public required ObservedValue Value { get; init; }

    public string? Unit { get; init; }

    /// <summary>official, estimate, approximate, claimed, disputed; null when the source states the value plainly.</summary>
    public string? Qualifier { get; init; }

    public required EvidenceStatus Status { get; init; }

    /// <summary>The end of the period the observation attests, or the date of the statement.</summary>
    public required PartialDate AsOf { get; init; }

    /// <summary>The start of the period the observation attests ("the rouble has been used since 2008"); none: only <see cref="AsOf"/>.</summary>
    public PartialDate? Since { get; init; }

    public required string Source { get; init; }

    public required string Locator { get; init; }

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
}
