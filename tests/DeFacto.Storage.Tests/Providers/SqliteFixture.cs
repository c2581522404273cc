namespace DeFacto.Storage.Tests.Providers;

public sealed class SqliteFixture : LedgerFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "defacto-storage-" + Guid.NewGuid().ToString("N"));

    public override string NewLocation()
    {
        Directory.CreateDirectory(_folder);
        return Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
    }

    protected override void Dispose(bool disposing)
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
