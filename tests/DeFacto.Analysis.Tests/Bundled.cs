using DeFacto.Dataset;
using DeFacto.Tests;

namespace DeFacto.Analysis.Tests;

/// <summary>The bundled dataset, read once: the use cases are tested on the registry and evidence users have.</summary>
internal static class Bundled
{
    private static readonly Lazy<Core.Dataset> Loaded = new(() =>
    {
        var result = DatasetReader.Load(RepoPaths.Data);
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        return result.Dataset!;
    });

    public static Core.Dataset Dataset => Loaded.Value;

    public static Workbench On(DateOnly today) => Workbench.Over(Dataset, today);
}
