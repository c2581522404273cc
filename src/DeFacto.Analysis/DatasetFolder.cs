using DeFacto.Analysis.Answers;
using DeFacto.Dataset;

namespace DeFacto.Analysis;

/// <summary>Reads a dataset folder; a folder with problems is one problem that lists them (the first twenty).</summary>
public static class DatasetFolder
{
    public static Outcome<Core.Dataset> Load(string directory)
    {
        var result = DatasetReader.Load(directory);
        return result.Ok
            ? Outcomes.Of(result.Dataset!)
            : Outcomes.Fail<Core.Dataset>(Problem.Invalid("data", $"the dataset in {directory} has {result.Problems.Count} problem(s):\n{ProblemList.Indent(result.Problems)}"));
    }
}
