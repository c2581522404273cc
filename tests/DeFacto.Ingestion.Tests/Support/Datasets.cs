using DeFacto.Core.Coding;
using DeFacto.Core.Registry;
using DeFacto.Dataset;

namespace DeFacto.Ingestion.Tests.Support;

/// <summary>The repository's codebook and registry (data/), loaded once.</summary>
internal static class Datasets
{
    private static readonly Lazy<(Codebook Codebook, PlaceRegistry Registry)> Loaded = new(() =>
    {
        var result = DatasetReader.Load(Repo.Data);
        if (result.Dataset is not { } dataset)
        {
            throw new InvalidOperationException("data/ does not load: " + string.Join("; ", result.Problems.Take(5)));
        }

        return (dataset.Codebook, dataset.Registry);
    });

    private static readonly Lazy<IngestionPipeline> Shared = new(() => IngestionPipeline.Create(Loaded.Value.Codebook, Loaded.Value.Registry));

    public static Codebook Codebook => Loaded.Value.Codebook;

    public static PlaceRegistry Registry => Loaded.Value.Registry;

    public static IngestionPipeline Pipeline => Shared.Value;
}
