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
    Core.Dataset Load();

    /// <summary>
    /// The ledger's change counter: it moves on every write to a table <see cref="Load"/> reads, by any process
    /// (triggers), so a reader holding a loaded dataset can tell with one query whether it is still current.
    /// </summary>
    long ChangeCounter();

    /// <summary>The codebook and registry documents the ledger holds.</summary>
    DatasetDocuments Documents();

    /// <summary>
    /// Merges a dataset by stable ids, in one transaction: new records are added with <paramref name="origin"/>,
    /// changed ones updated, unchanged ones left alone, so importing the same data twice changes nothing.
    /// A dataset with a bad record changes nothing and throws <see cref="LedgerImportException"/>.
    /// </summary>
    ImportReport Import(Core.Dataset data, string origin, DatasetDocuments? documents = null, string? coder = null);

    /// <summary>Writes the ledger in the <c>data/</c> file format, into a new folder that appears whole or not at all.</summary>
    void Export(string directory);

    /// <summary>
    /// A consistent copy of the whole ledger in one file. SQLite: <c>VACUUM INTO</c>. PostgreSQL: a SQLite
    /// ledger file with every table copied from one snapshot, which <c>--ledger FILE</c> opens directly.
    /// An existing file is refused unless <paramref name="overwrite"/>; the ledger's own file always is.
    /// </summary>
    void Backup(string file, bool overwrite = false);

    /// <summary>
    /// Brings in the bundled dataset when its hash differs from the one last merged: adds and updates
    /// bundled records, removes bundled records the bundle no longer has, and never touches the user's.
    /// On a ledger its open just copied from a template, the first call reports it created, with the records it holds.
    /// </summary>
    MergeReport MergeBundled(string bundledDataDir);

    /// <summary>Keeps candidates for review; a fact the ledger already holds (same document content, span, territory, indicator, value) is not kept twice and keeps its id.</summary>
    IReadOnlyList<long> AddCandidates(IEnumerable<NewCandidate> candidates);

    /// <summary>
    /// Keeps candidates and, when <paramref name="acceptAbove"/> is given, accepts every pending one at or above
    /// that confidence — all in one transaction, so an interrupted run leaves the ledger as it was, and a rerun
    /// changes nothing that is already there. A candidate the ledger cannot accept (no date, say) stays pending.
    /// </summary>
    KeepReport Keep(IReadOnlyList<NewCandidate> candidates, double? acceptAbove, string reviewer);

    /// <summary>Applies several review decisions as one: the request is checked first, then applied in one transaction; any refusal (returned) changes nothing.</summary>
    Reviewed<IReadOnlyList<ReviewOutcome>> Review(ReviewRequest request, string reviewer);

    IReadOnlyList<Candidate> PendingCandidates();

    /// <summary>
    /// Accepts or rejects a pending candidate. An accepted one becomes a user observation citing its
    /// document as the source and its span as the locator, with the reviewer's edits applied. A candidate that is
    /// not there, already reviewed or cannot be accepted is a refusal, returned as a value; the ledger is unchanged.
    /// </summary>
    Reviewed<ReviewOutcome> Review(long id, ReviewDecision decision, CandidateEdit? edit, string reviewer);
}
