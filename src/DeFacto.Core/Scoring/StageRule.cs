using DeFacto.Core.Coding;

namespace DeFacto.Core.Scoring;

/// <summary>The stage rules of DESIGN.md §5, applied to one draw.</summary>
public static class StageRule
{
    public static Stage Classify(double index, ReadOnlySpan<double> domainScores, bool incorporated, StageThresholds t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (incorporated)
        {
            return Stage.DeJureAnnexation;
        }

        if (index < t.Patronage)
        {
            return Stage.Sovereign;
        }

        if (index < t.Integration)
        {
            return Stage.Patronage;
        }

        var evidenced = 0;
        var allHigh = true;
        foreach (var score in domainScores)
        {
            if (double.IsNaN(score))
            {
                continue;
            }

            evidenced++;
            allHigh &= score >= t.DeFactoDomainMinimum;
        }

        return index >= t.DeFactoIndex && allHigh && evidenced >= t.DeFactoMinimumDomains
            ? Stage.DeFactoAnnexation
            : Stage.Integration;
    }
}
