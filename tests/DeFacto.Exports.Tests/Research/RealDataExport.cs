using DeFacto.Dataset;
using DeFacto.Exports.Packaging;
using DeFacto.Exports.Panel;

namespace DeFacto.Exports.Tests.Research;

/// <summary>The repository's own data/ exported once (the panel for 2015 and 2024, default draws), shared by the research-facing tests.</summary>
public sealed class RealDataExport
{
    public RealDataExport()
    {
        var loaded = DatasetReader.Load(TestData.RealDataDirectory());
        Assert.True(loaded.Ok, string.Join("\n", loaded.Problems.Take(5)));
        Dataset = loaded.Dataset!;
        Set = ExportSet.Create(Dataset, PanelBuilder.Build(Dataset, new PanelOptions(new DateOnly(2026, 11, 26), 2023, 2024)));
    }

    public static PackageInfo Info { get; } = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public Core.Dataset Dataset { get; }

    public ExportSet Set { get; }
}
