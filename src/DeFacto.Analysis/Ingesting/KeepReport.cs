namespace DeFacto.Analysis.Ingesting;

/// <summary>What keeping the candidates did: how many were new, already pending, accepted, and which the ledger left for review and why.</summary>
public sealed record KeepReport(int Kept, int AlreadyPending, int Accepted, IReadOnlyList<LeftForReview> Left);
