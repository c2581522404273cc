namespace DeFacto.Core.Scoring;

/// <summary>What to assess: a territory at a date on a basis, with the Monte Carlo's draws and seed.</summary>
public sealed record AssessmentRequest(string Territory, DateOnly AsOf, Basis Basis, int Draws, ulong Seed)
{
    public AssessmentRequest Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Territory);
        ArgumentOutOfRangeException.ThrowIfLessThan(Draws, 1);
        return this;
    }
}
