using DeFacto.Core.Scoring;

namespace DeFacto.Core.History;

/// <summary>What separates a territory from a formally annexed reference, domain by domain, and the formal steps it lacks.</summary>
public sealed record AnnexationGap(string Territory, string Reference, DateOnly ReferenceDate, double? IndexGap, IReadOnlyList<DomainGap> Domains, int FormalStepsLeft)
{
    public static AnnexationGap Between(Assessment territory, Assessment reference)
    {
        ArgumentNullException.ThrowIfNull(territory);
        ArgumentNullException.ThrowIfNull(reference);
        var domains = territory.Domains.Select(d =>
        {
            // A gap is only measured where both sides have current evidence: a prior's median is no position.
            var referenceDomain = reference.Domain(d.Domain.Id);
            var r = referenceDomain is { Current: true } ? referenceDomain.Score.Median : null;
            var t = d.Current ? d.Score.Median : null;
            return new DomainGap(d.Domain.Id, t, r, t is { } tv && r is { } rv ? rv - tv : null);
        }).ToList();
        var indexGap = territory.Index.Median is { } ti && reference.Index.Median is { } ri ? ri - ti : (double?)null;
        return new AnnexationGap(territory.Territory, reference.Territory, reference.AsOf, indexGap, domains, territory.FormalSteps.Count(s => !s.Done));
    }
}
