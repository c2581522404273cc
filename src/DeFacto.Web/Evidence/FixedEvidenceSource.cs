namespace DeFacto.Web.Evidence;

/// <summary>A dataset that never changes: a dataset folder read at startup, or one built in memory.</summary>
public sealed class FixedEvidenceSource(Core.Dataset dataset, string description) : IEvidenceSource
{
    public EvidenceSnapshot Current { get; } = new(dataset, 1);

    public string Description => description;

    public static FixedEvidenceSource FromDirectory(string directory)
    {
        var loaded = Analysis.DatasetFolder.Load(directory);
        return loaded.TryGetValue(out var dataset)
            ? new FixedEvidenceSource(dataset, "dataset folder " + Path.GetFullPath(directory))
            : throw new InvalidOperationException(loaded.Problems[0].Message);
    }
}
