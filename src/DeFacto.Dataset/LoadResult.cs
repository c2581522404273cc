namespace DeFacto.Dataset;

/// <summary>A dataset read from files, with every problem found; usable only when there are none.</summary>
public sealed record LoadResult(Core.Dataset? Dataset, IReadOnlyList<DatasetProblem> Problems)
{
    public bool Ok => Dataset is not null && Problems.Count == 0;
}
