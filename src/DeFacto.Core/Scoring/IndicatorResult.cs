using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;

namespace DeFacto.Core.Scoring;

/// <summary>One indicator at the assessment date: its value, its score (none for auxiliary and status
/// indicators), and the observations it rests on, with those older than the codebook allows marked stale.</summary>
public sealed record IndicatorResult(
    Indicator Indicator,
    ValueSummary? Value,
    Summary Score,
    IReadOnlyList<Observation> Observations,
    IReadOnlySet<string> Stale)
{
    public bool Evidenced => Observations.Count > 0;
}
