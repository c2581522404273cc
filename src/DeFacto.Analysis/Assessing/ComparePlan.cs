using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Analysis.Assessing;

/// <summary>A comparison with its territories resolved (each once, in the order given) and its reference settled.</summary>
public sealed record ComparePlan(IReadOnlyList<Place> Territories, Place Reference, DateOnly AsOf, Basis Basis, int Draws, ulong Seed)
{
    public PledgeCounting Pledges { get; init; } = PledgeCounting.FromEntryIntoForce;

    public IReadOnlyList<string> Ids => Territories.Select(t => t.Id).ToList();
}
