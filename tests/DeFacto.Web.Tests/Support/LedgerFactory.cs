using DeFacto.Storage;
using DeFacto.Web.Evidence;

namespace DeFacto.Web.Tests.Support;

/// <summary>The web app over a fresh SQLite ledger that holds candidates to review.</summary>
public sealed class LedgerFactory : WebFactory
{
    private readonly string _path;

    public LedgerFactory()
        : this(TestLedger.Create(out var pending, out var path), pending, path)
    {
    }

    private LedgerFactory(ILedgerStore store, IReadOnlyList<long> pending, string path)
        : base(() => new LedgerEvidenceSource(store))
    {
        Pending = pending;
        _path = path;
    }

    public IReadOnlyList<long> Pending { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
