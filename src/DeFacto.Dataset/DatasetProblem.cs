namespace DeFacto.Dataset;

/// <summary>One thing wrong with a dataset file: where (file, line, field), what, and what to do.</summary>
public sealed record DatasetProblem(string File, int Line, string Field, string Message)
{
    public override string ToString() =>
        Field.Length == 0 ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Field}: {Message}";
}
