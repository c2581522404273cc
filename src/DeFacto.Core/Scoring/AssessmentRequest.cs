namespace DeFacto.Core.Scoring;

/// <summary>What to assess: a territory at a date on a basis, with the Monte Carlo's draws and seed.</summary>
public sealed record AssessmentRequest(string Territory, DateOnly AsOf, Basis Basis, int Draws, ulong Seed)
{
    /// <summary>On the commitments basis: count treaty pledges from entry into force, or from signature.</summary>
    public PledgeCounting Pledges { get; init; } = PledgeCounting.FromEntryIntoForce;

    public AssessmentRequest Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Territory);
        ArgumentOutOfRangeException.ThrowIfLessThan(Draws, 1);
        return this;
    }
}
