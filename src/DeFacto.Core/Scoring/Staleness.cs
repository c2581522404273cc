using DeFacto.Core.Evidence;

namespace DeFacto.Core.Scoring;

/// <summary>Which observations are older at the assessment date than the codebook allows.</summary>
internal static class Staleness
{
    public static IReadOnlySet<string> Of(IEnumerable<Observation> observations, DateOnly asOf, double staleAfterYears)
    {
        var cutoff = asOf.AddDays(-(int)Math.Round(staleAfterYears * 365.25));
        return observations.Where(o => o.AsOf.End < cutoff).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
    }
}
