using DeFacto.Exports.Formats;
using DeFacto.Exports.Packaging;
using DeFacto.Exports.Panel;

namespace DeFacto.Exports.Tests;

/// <summary>The test dataset exported once in each format, shared by the read-back tests.</summary>
public sealed class ExportFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public ExportFixture()
    {
        Dataset = TestData.Load();
        Panel = PanelBuilder.Build(Dataset, new PanelOptions(TestData.Today));
        Set = ExportSet.Create(Dataset, Panel);
        foreach (var format in ExportFormats.All)
        {
            var dir = _dir.Sub(ExportFormats.Name(format));
            Files[format] = Exporter.Write(Set, format, dir, Info);
            Directories[format] = dir;
        }
    }

    /// <summary>What the fixture's packages say about themselves: made on 30 June 2016, no release version.</summary>
    internal static PackageInfo Info { get; } = new(new DateTimeOffset(2016, 6, 30, 12, 0, 0, TimeSpan.Zero));

    internal Core.Dataset Dataset { get; }

    internal TerritoryPanel Panel { get; }

    internal ExportSet Set { get; }

    internal Dictionary<ExportFormat, IReadOnlyList<WrittenFile>> Files { get; } = [];

    internal Dictionary<ExportFormat, string> Directories { get; } = [];

    internal string PathOf(ExportFormat format, string file) => Path.Combine(Directories[format], file);

    public void Dispose() => _dir.Dispose();
}
