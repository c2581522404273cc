namespace DeFacto.Core.Coding;

/// <summary>
/// What a domain's score is believed to be when no current evidence speaks to it: uniform between
/// <see cref="Low"/> and <see cref="High"/> (the codebook's <c>unobserved_prior</c>).
/// </summary>
public readonly record struct UniformPrior(double Low, double High)
{
    public static UniformPrior Default => new(0, 1);

    public double Sample(Randomness.SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Low + (random.NextDouble() * (High - Low));
    }
}
