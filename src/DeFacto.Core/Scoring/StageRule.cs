using DeFacto.Core.Coding;

namespace DeFacto.Core.Scoring;

/// <summary>The functional stage of one draw (DESIGN.md §5, point 6). De jure annexation is not drawn:
/// it is a legal fact, decided outside the draws.</summary>
public static class StageRule
{
    /// <param name="index">The draw's index.</param>
    /// <param name="lowestDomain">The lowest score any applicable domain has in the draw.</param>
    /// <param name="currentDomains">How many domains have current evidence at the date.</param>
    /// <param name="t">The thresholds.</param>
    public static Stage Classify(double index, double lowestDomain, int currentDomains, StageThresholds t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (index < t.Patronage)
        {
            return Stage.Sovereign;
        }

        if (index < t.Integration)
        {
            return Stage.Patronage;
        }

        return index >= t.DeFactoIndex && lowestDomain >= t.DeFactoDomainMinimum && currentDomains >= t.DeFactoMinimumDomains
            ? Stage.DeFactoAnnexation
            : Stage.Integration;
    }
}
