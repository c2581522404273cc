namespace DeFacto.Web.Evidence;

/// <summary>A dataset that never changes: a dataset folder read at startup, or one built in memory.</summary>
public sealed class FixedEvidenceSource(Dataset.Dataset dataset, string description) : IEvidenceSource
{
    public EvidenceSnapshot Current { get; } = new(dataset, 1);

    public string Description => description;

    public static FixedEvidenceSource FromDirectory(string directory)
    {
        var result = DeFacto.Dataset.DatasetReader.Load(directory);
        if (!result.Ok)
        {
            var problems = DeFacto.Dataset.ProblemList.Indent(result.Problems);
            throw new InvalidOperationException($"the dataset in {directory} has {result.Problems.Count} problem(s):\n{problems}");
        }

        return new FixedEvidenceSource(result.Dataset!, "dataset folder " + Path.GetFullPath(directory));
    }
}
