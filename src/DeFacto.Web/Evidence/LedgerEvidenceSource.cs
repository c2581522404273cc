using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Reviewing;
using DeFacto.Storage;
using DeFacto.Storage.Candidates;

namespace DeFacto.Web.Evidence;

/// <summary>
/// The ledger behind the web app. The store holds one connection, so every call to it is serialised;
/// the dataset is read once and read again only after a review changes the ledger.
/// </summary>
public sealed class LedgerEvidenceSource : IEvidenceSource, IReviewDesk, IDisposable
{
    private readonly ILedgerStore _store;
    private readonly Lock _gate = new();
    private EvidenceSnapshot _current;

    public LedgerEvidenceSource(ILedgerStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _current = new EvidenceSnapshot(store.Load(), 1);
        Description = "ledger " + store.Info().Location;
    }

    public EvidenceSnapshot Current => Volatile.Read(ref _current);

    public string Description { get; }

    public IReadOnlyList<Candidate> Pending()
    {
        lock (_gate)
        {
            return _store.PendingCandidates();
        }
    }

    public Outcome<ReviewOutcome> Review(long id, ReviewDecision decision, CandidateEdit? edit, string reviewer)
    {
        lock (_gate)
        {
            var outcome = ReviewDesk.Decide(_store, id, decision, edit, reviewer);
            if (outcome.TryGetValue(out var done) && done.Observation is not null)
            {
                Volatile.Write(ref _current, new EvidenceSnapshot(_store.Load(), _current.Version + 1));
            }

            return outcome;
        }
    }

    public void Dispose() => _store.Dispose();
}
