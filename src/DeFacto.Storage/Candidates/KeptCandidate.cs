namespace DeFacto.Storage.Candidates;

/// <summary>A candidate as the ledger holds it after keeping: its id, its state, and whether this call added it.</summary>
public sealed record KeptCandidate(long Id, NewCandidate Fact, ReviewState State, bool IsNew);
