namespace DeFacto.Storage.Candidates;

/// <summary>A stored candidate with its review state.</summary>
public sealed record Candidate(long Id, NewCandidate Fact, ReviewState State, string? Reviewer, string? ObservationId, string CreatedAt, string? ReviewedAt);
