using DeFacto.Core.Evidence;
using DeFacto.Core.Reliability;
using DeFacto.Core.Time;
using DeFacto.Dataset;
using DeFacto.Dataset.Writing;
using DeFacto.Storage.Schema;
using DeFacto.Storage.Tests.Providers;

namespace DeFacto.Storage.Tests;

/// <summary>Second codings in the ledger (SQLite): stored with their coder, exported and imported unchanged, checked before writing.</summary>
public sealed class CodingLedgerTests : IDisposable
{
    private readonly SqliteFixture _fixture = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "defacto-coding-tests", Guid.NewGuid().ToString("N"));

    private static ObservationCoding Recode(string observation, ObservedValue value, string coder = "second", Resolution? resolution = null) => new()
    {
        Observation = observation,
        Coder = coder,
        Value = value,
        Status = EvidenceStatus.InPlace,
        Qualifier = "estimate",
        Note = "from the locator",
        CodedOn = PartialDate.Parse("2026-12-01").Value,
        Resolution = resolution,
    };

    private static Core.Dataset WithCodings()
    {
        var data = TestData.With([TestData.Observation("mine-1", 91)]);
        return data with
        {
            Codings =
            [
                Recode("mine-1", ObservedValue.OfInterval(85, 95), resolution: new Resolution
                {
                    Value = ObservedValue.OfPoint(91), Reason = "the point is in the text", By = "lead", On = PartialDate.Parse("2026-12-02").Value,
                }),
                Recode("mine-1", ObservedValue.OfPoint(90), coder: "third"),
            ],
        };
    }

    [Fact]
    public void Schema_IncludesTheCodingsMigration() => Assert.True(SchemaMigrator.Latest >= M202611300003Codings.Version);

    [Fact]
    public void ImportExportImport_Codings_AreKeptWithTheirCoders()
    {
        var data = WithCodings();
        using var first = _fixture.OpenFresh();
        var report = first.Import(data, "user", TestData.Documents);
        first.Export(_folder);
        var reread = DatasetReader.Load(_folder);
        using var second = _fixture.OpenFresh();
        second.Import(reread.Dataset!, "user", DatasetDocuments.FromDirectory(_folder));

        Assert.Equal(2, report.Kinds.Single(k => k.Kind == "codings").Added);
        Assert.Empty(reread.Problems);
        Assert.Equal(data.Codings.OrderBy(c => c.Coder), first.Load().Codings.OrderBy(c => c.Coder));
        Assert.Equal(data.Codings.OrderBy(c => c.Coder), second.Load().Codings.OrderBy(c => c.Coder));
    }

    [Fact]
    public void Import_SameCodingsTwice_ChangesNothing()
    {
        using var store = _fixture.OpenFresh();
        store.Import(WithCodings(), "user", TestData.Documents);

        var again = store.Import(WithCodings(), "user", TestData.Documents);

        Assert.Equal(2, again.Kinds.Single(k => k.Kind == "codings").Unchanged);
    }

    [Fact]
    public void Import_CodingOfUnknownObservationOrWrongCategory_ChangesNothing()
    {
        using var store = _fixture.OpenFresh();
        var bad = WithCodings() with
        {
            Codings = [Recode("nowhere", ObservedValue.OfPoint(1)), Recode("mine-1", ObservedValue.OfCategory("patron"))],
        };

        var e = Assert.Throws<LedgerImportException>(() => store.Import(bad, "user", TestData.Documents));

        Assert.Contains(e.Problems, p => p.Contains("'nowhere'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("coding of 'mine-1' by 'second'", StringComparison.Ordinal));
        Assert.Equal(0, store.Info().Records["observations"]);
    }

    public void Dispose()
    {
        _fixture.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
