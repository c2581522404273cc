namespace DeFacto.Core.Scoring;

/// <summary>How far absorption has gone, from sovereign to de jure annexation (DESIGN.md §5).</summary>
public enum Stage
{
    Sovereign,
    Patronage,
    Integration,
    DeFactoAnnexation,
    DeJureAnnexation,
}
