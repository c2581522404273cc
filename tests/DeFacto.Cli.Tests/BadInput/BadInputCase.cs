namespace DeFacto.Cli.Tests.BadInput;

/// <summary>
/// One row of the bad-input catalogue: a command line (with {placeholders} for prepared files), what the
/// environment and standard input hold, the exit code expected and a fragment the message must contain.
/// </summary>
public sealed record BadInputCase(string Name, string[] Args, int Exit, string Fragment)
{
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Standard input as bytes; null for none. An endless stream stands for /dev/zero on a pipe.</summary>
    public Func<Stream>? Input { get; init; }

    /// <summary>Text the output must not show (a password, a raw escape character).</summary>
    public string? Never { get; init; }

    public override string ToString() => Name;
}
