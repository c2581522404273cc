using DeFacto.Core.Coding;

namespace DeFacto.Core.Scoring;

/// <summary>A functional domain: the weighted mean of its evidenced indicators, with its interval.</summary>
public sealed record DomainResult(Domain Domain, Summary Score, IReadOnlyList<IndicatorResult> Indicators)
{
    public bool Evidenced => Score.HasValue;
}
