using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Core.Reliability;

/// <summary>
/// How many functional domains have current evidence at every year-end of every territory's contested
/// existence. "Current" is the model's own judgement (<see cref="DomainResult.Current"/> of a practice-basis
/// assessment), never a second rule kept here, so the census and the verdicts cannot drift apart.
/// </summary>
public static class CoverageCensus
{
    public static CoverageReport Compute(Assessor assessor, PlaceRegistry registry, int fromYear, int toYear, int minDomains)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        ArgumentNullException.ThrowIfNull(registry);
        var territories = new List<TerritoryCoverage>();
        foreach (var place in registry.Territories.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var years = new List<YearCoverage>();
            for (var year = fromYear; year <= toYear; year++)
            {
                var yearEnd = new DateOnly(year, 12, 31);
                if (!place.ContestedOn(yearEnd))
                {
                    continue;
                }

                // Coverage does not depend on the draws, so one draw is enough to read it.
                var assessment = assessor.Assess(new AssessmentRequest(place.Id, yearEnd, Basis.Practice, 1, assessor.Codebook.DefaultSeed));
                years.Add(new YearCoverage(
                    year,
                    assessment.Domains.Where(d => d.Current).Select(d => d.Domain.Id).ToList(),
                    assessment.Domains.Count(d => d.Applicable))
                {
                    Evidenced = assessment.Domains.Where(d => d.Evidenced).Select(d => d.Domain.Id).ToList(),
                });
            }

            var domains = assessor.Codebook.FunctionalDomains.Select(d => d.Id).ToList();
            var notApplicable = domains.Where(place.NotApplicable.ContainsKey).ToList();
            var never = domains.Where(d => !notApplicable.Contains(d) && years.All(y => !y.Current.Contains(d))).ToList();
            var unevidenced = never.Where(d => years.All(y => !y.Evidenced.Contains(d))).ToList();
            territories.Add(new TerritoryCoverage(place.Id, years, never, notApplicable) { NeverEvidenced = unevidenced });
        }

        return new CoverageReport(fromYear, toYear, minDomains, assessor.Codebook.FunctionalDomains.Count(), territories);
    }
}
