using DeFacto.Core.Evidence;

namespace DeFacto.Core.Scoring;

/// <summary>One pledge counted on the commitments basis: from when it counts, and whether practice has met it.</summary>
public sealed record PledgeResult(Observation Observation, DateOnly CountsFrom, bool InForce, Implementation Implementation);
