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
            var r = reference.Domain(d.Domain.Id)?.Score.Median;
            var t = d.Score.Median;
            return new DomainGap(d.Domain.Id, t, r, t is { } tv && r is { } rv ? rv - tv : null);
        }).ToList();
        var indexGap = territory.Index.Median is { } ti && reference.Index.Median is { } ri ? ri - ti : (double?)null;
        return new AnnexationGap(territory.Territory, reference.Territory, reference.AsOf, indexGap, domains, territory.FormalSteps.Count(s => !s.Done));
    }
}
