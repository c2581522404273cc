using DeFacto.Dataset;

namespace DeFacto.Cli;

/// <summary>Loads the dataset a command reads, failing with every problem listed when it is not clean.</summary>
internal static class DatasetSource
{
    public static Core.Dataset Load(string? directory)
    {
        var dir = directory ?? CliContext.BundledData;
        var result = DatasetReader.Load(dir);
        if (result.Ok)
        {
            return result.Dataset!;
        }

        throw new UserErrorException($"the dataset in {dir} has {result.Problems.Count} problem(s); run `defacto validate --data {dir}`:\n{ProblemList.Indent(result.Problems)}");
    }
}
