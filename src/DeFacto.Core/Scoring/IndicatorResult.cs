using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;

namespace DeFacto.Core.Scoring;

/// <summary>One indicator at the assessment date: its value, its score (none for auxiliary and status
/// indicators, and none when no evidence speaks for the date), the observations a draw may take, with
/// those past the codebook's fresh_years marked <see cref="Stale"/> (ageing: each draw may ignore them).</summary>
public sealed record IndicatorResult(
    Indicator Indicator,
    ValueSummary? Value,
    Summary Score,
    IReadOnlyList<Observation> Observations,
    IReadOnlySet<string> Stale)
{
    public bool Evidenced => Observations.Count > 0;

    /// <summary>Some observation attests the date or is younger than fresh_years.</summary>
    public bool Current { get; init; }

    /// <summary>Who holds the function by the evidence (unknown without evidence).</summary>
    public Holder HeldBy { get; init; } = Holder.Unknown;

    /// <summary>The pledges counted on the commitments basis, each with its implementation at the date.</summary>
    public IReadOnlyList<PledgeResult> Pledges { get; init; } = [];
}
