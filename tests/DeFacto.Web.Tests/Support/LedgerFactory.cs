using DeFacto.Storage;
using DeFacto.Web.Evidence;

namespace DeFacto.Web.Tests.Support;

/// <summary>The web app over a fresh SQLite ledger that holds candidates to review.</summary>
public sealed class LedgerFactory : WebFactory
{
    public LedgerFactory()
        : this(TestLedger.Create(out var pending), pending)
    {
    }

    private LedgerFactory(ILedgerStore store, IReadOnlyList<long> pending)
        : base(() => new LedgerEvidenceSource(store)) => Pending = pending;

    public IReadOnlyList<long> Pending { get; }
}
