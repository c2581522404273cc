using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Reviewing;
using DeFacto.Storage;
using DeFacto.Storage.Candidates;

namespace DeFacto.Web.Evidence;

/// <summary>
/// The ledger behind the web app. The store holds one connection, so every call to it is serialised. The dataset
/// is read once, read again after a review here changes the ledger, and read again when the ledger's change
/// counter shows that another process wrote to it (<c>defacto ledger import</c>, <c>ingest --keep</c>, a review in
/// the terminal): the counter is checked at most once per <see cref="CheckEvery"/>, by whichever request comes
/// first, while the others go on with the evidence they have.
/// </summary>
public sealed class LedgerEvidenceSource : IEvidenceSource, IReviewDesk, IDisposable
{
    /// <summary>How stale another process's write may be before the pages show it.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);

    private readonly ILedgerStore _store;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private EvidenceSnapshot _current;
    private long _counter;
    private long _checked;

    public LedgerEvidenceSource(ILedgerStore store, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _clock = clock ?? TimeProvider.System;
        _counter = store.ChangeCounter();
        _current = new EvidenceSnapshot(store.Load(), 1);
        _checked = _clock.GetTimestamp();
        Description = "ledger " + store.Info().Location;
    }

    public EvidenceSnapshot Current
    {
        get
        {
            if (_clock.GetElapsedTime(Volatile.Read(ref _checked)) >= CheckEvery)
            {
                Refresh();
            }

            return Volatile.Read(ref _current);
        }
    }

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
                Reload();
            }

            return outcome;
        }
    }

    // One request checks; the others serve what is loaded rather than queue behind the query or a reload.
    private void Refresh()
    {
        if (!_gate.TryEnter())
        {
            return;
        }

        try
        {
            Volatile.Write(ref _checked, _clock.GetTimestamp());
            if (_store.ChangeCounter() != _counter)
            {
                Reload();
            }
        }
        catch (System.Data.Common.DbException)
        {
            // The ledger cannot be read just now (locked, gone): keep serving the evidence already loaded; try again later.
        }
        finally
        {
            _gate.Exit();
        }
    }

    // The counter is read before the rows: a write landing between the two is seen again at the next check, never missed.
    private void Reload()
    {
        var counter = _store.ChangeCounter();
        var dataset = _store.Load();
        _counter = counter;
        Volatile.Write(ref _current, new EvidenceSnapshot(dataset, _current.Version + 1));
    }

    public void Dispose() => _store.Dispose();
}
