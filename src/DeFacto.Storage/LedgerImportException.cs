namespace DeFacto.Storage;

/// <summary>An import refused because of bad records; nothing was written. Each problem names its record.</summary>
public sealed class LedgerImportException : LedgerException
{
    public LedgerImportException()
    {
    }

    public LedgerImportException(string message)
        : base(message)
    {
    }

    public LedgerImportException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public LedgerImportException(IReadOnlyList<string> problems)
        : base($"import refused, nothing changed: {problems.Count} problem(s):\n" + Dataset.ProblemList.Indent(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
