namespace DeFacto.Core.Coding;

/// <summary>The cut-points between stages (DESIGN.md §5); codebook parameters, not constants.</summary>
public sealed record StageThresholds(
    double Patronage,
    double Integration,
    double DeFactoIndex,
    double DeFactoDomainMinimum,
    int DeFactoMinimumDomains)
{
    public static StageThresholds Default { get; } = new(0.25, 0.5, 0.8, 0.6, 5);

    public StageThresholds Shift(double delta) => this with
    {
        Patronage = Patronage + delta,
        Integration = Integration + delta,
        DeFactoIndex = DeFactoIndex + delta,
        DeFactoDomainMinimum = DeFactoDomainMinimum + delta,
    };
}
