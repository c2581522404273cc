using DeFacto.Dataset.Writing;
using DeFacto.Storage.Candidates;
using DeFacto.Storage.Reports;

namespace DeFacto.Storage;

/// <summary>
/// The ledger: every source, observation, event and treaty an analyst works with, with the provenance of
/// each (bundled or the user's, who coded it, when), candidate facts awaiting review, and the codebook
/// and registry documents. Every write is one transaction.
/// </summary>
public interface ILedgerStore : IDisposable
{
    LedgerInfo Info();

    /// <summary>The ledger as a dataset: codebook and registry from its documents, evidence from its tables.</summary>
    Dataset.Dataset Load();

    /// <summary>The codebook and registry documents the ledger holds.</summary>
    DatasetDocuments Documents();

    /// <summary>
    /// Merges a dataset by stable ids, in one transaction: new records are added with <paramref name="origin"/>,
    /// changed ones updated, unchanged ones left alone, so importing the same data twice changes nothing.
    /// A dataset with a bad record changes nothing and throws <see cref="LedgerImportException"/>.
    /// </summary>
    ImportReport Import(Dataset.Dataset data, string origin, DatasetDocuments? documents = null, string? coder = null);

    /// <summary>Writes the ledger in the <c>data/</c> file format, into a new folder that appears whole or not at all.</summary>
    void Export(string directory);

    /// <summary>
    /// A consistent copy of the whole ledger in one file. SQLite: <c>VACUUM INTO</c>. PostgreSQL: a SQLite
    /// ledger file with every table copied from one snapshot, which <c>--ledger FILE</c> opens directly.
    /// </summary>
    void Backup(string file);

    /// <summary>
    /// Brings in the bundled dataset when its hash differs from the one last merged: adds and updates
    /// bundled records, removes bundled records the bundle no longer has, and never touches the user's.
    /// </summary>
    MergeReport MergeBundled(string bundledDataDir);

    IReadOnlyList<long> AddCandidates(IEnumerable<NewCandidate> candidates);

    IReadOnlyList<Candidate> PendingCandidates();

    /// <summary>
    /// Accepts or rejects a pending candidate. An accepted one becomes a user observation citing its
    /// document as the source and its span as the locator, with the reviewer's edits applied.
    /// </summary>
    ReviewOutcome Review(long id, ReviewDecision decision, CandidateEdit? edit, string reviewer);
}
