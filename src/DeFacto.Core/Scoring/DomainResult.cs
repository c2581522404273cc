using DeFacto.Core.Coding;

namespace DeFacto.Core.Scoring;

/// <summary>
/// A functional domain: its score each draw is the weighted mean of the indicators whose evidence the
/// draw uses, or a draw from the prior when none does (every domain enters every draw); a domain that
/// does not apply to the territory has no score and leaves the index.
/// </summary>
public sealed record DomainResult(Domain Domain, Summary Score, IReadOnlyList<IndicatorResult> Indicators)
{
    public Coverage Coverage { get; init; } = Coverage.None;

    /// <summary>Who holds the function: the weighted majority of its current indicators' holders, shared without one.</summary>
    public Holder HeldBy { get; init; } = Holder.Unknown;

    /// <summary>Why the domain does not apply, when it does not.</summary>
    public string? NotApplicableReason { get; init; }

    /// <summary>Some evidence on or before the date, current or ageing.</summary>
    public bool Evidenced => Coverage is Coverage.Current or Coverage.Old;

    public bool Current => Coverage == Coverage.Current;

    public bool Applicable => Coverage != Coverage.NotApplicable;
}
