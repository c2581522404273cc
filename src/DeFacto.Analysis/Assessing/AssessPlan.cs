using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Analysis.Assessing;

/// <summary>An assessment with every argument resolved and every default applied; equal plans give equal answers.</summary>
public sealed record AssessPlan(Place Place, DateOnly AsOf, Basis Basis, int Draws, ulong Seed, bool Sensitivity)
{
    public PledgeCounting Pledges { get; init; } = PledgeCounting.FromEntryIntoForce;

    public AssessmentRequest Request => new(Place.Id, AsOf, Basis, Draws, Seed) { Pledges = Pledges };
}
