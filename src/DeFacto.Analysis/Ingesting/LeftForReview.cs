namespace DeFacto.Analysis.Ingesting;

/// <summary>A candidate above the threshold that the ledger would not accept as found (no date, say): it stays pending.</summary>
public sealed record LeftForReview(long Id, string Indicator, string Quote, string Reason);
