using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Analysis.Assessing;

/// <summary>An assessment with every argument resolved and every default applied; equal plans give equal answers.</summary>
public sealed record AssessPlan(Place Place, DateOnly AsOf, Basis Basis, int Draws, ulong Seed, bool Sensitivity)
{
    public AssessmentRequest Request => new(Place.Id, AsOf, Basis, Draws, Seed);

    /// <summary>The day the territory ceased to exist, when the date falls on or after it.</summary>
    public DateOnly? EndedBefore => Place.ExistedOn(AsOf) ? null : Place.Until?.Start;
}
