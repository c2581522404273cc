using DeFacto.Storage;
using DeFacto.Web.Evidence;
using Microsoft.AspNetCore.Hosting;

namespace DeFacto.Web.Tests.Support;

/// <summary>
/// The web app over a fresh SQLite ledger that holds candidates to review. Besides the configured test
/// users, a real users file (<see cref="Users"/>) holds "fay", a coder whom a test may demote or remove.
/// </summary>
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

    public UsersFile Users { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DeFacto:UsersFile", Users.Path);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Users.Dispose();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
