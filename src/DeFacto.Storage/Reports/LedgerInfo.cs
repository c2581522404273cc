using DeFacto.Storage.Connections;

namespace DeFacto.Storage.Reports;

/// <summary>What a ledger holds and where it lives.</summary>
public sealed record LedgerInfo(
    LedgerProvider Provider,
    string Location,
    long SchemaVersion,
    IReadOnlyDictionary<string, long> Records,
    long UserRecords,
    long PendingCandidates,
    string? BundleHash,
    string? BundleMergedAt);
