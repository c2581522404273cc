using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Analysis.Assessing;

/// <summary>A timeline with its years settled: from <see cref="From"/> to <see cref="To"/> inclusive.</summary>
public sealed record TimelinePlan(Place Place, int From, int To, Basis Basis, int Draws, ulong Seed)
{
    public PledgeCounting Pledges { get; init; } = PledgeCounting.FromEntryIntoForce;
}
