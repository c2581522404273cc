namespace DeFacto.Dataset;

/// <summary>A long list of problems shown in a message: the first twenty, indented, and how many more there are.</summary>
public static class ProblemList
{
    public const int Shown = 20;

    public static string Indent<T>(IReadOnlyCollection<T> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var lines = problems.Take(Shown).Select(p => "  " + p);
        var more = problems.Count > Shown ? [$"  … and {problems.Count - Shown} more"] : Array.Empty<string>();
        return string.Join('\n', lines.Concat(more));
    }
}
