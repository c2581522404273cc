using DeFacto.Core.Evidence;

namespace DeFacto.Storage.Candidates;

/// <summary>The reviewed candidate, and the observation it became when accepted.</summary>
public sealed record ReviewOutcome(Candidate Candidate, Observation? Observation);
