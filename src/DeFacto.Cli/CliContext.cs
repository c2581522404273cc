namespace DeFacto.Cli;

/// <summary>What a command may touch: its output streams, the clock and the environment. Tests pass their own.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock, Func<string, string?> Environment)
{
    public static CliContext Console() =>
        new(System.Console.Out, System.Console.Error, TimeProvider.System, System.Environment.GetEnvironmentVariable);

    /// <summary>The dataset that ships beside the program.</summary>
    public static string BundledData => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>
    /// The ledger the build made from the bundled dataset (<c>defacto ledger init</c>), which a new SQLite ledger
    /// starts as a copy of. Looked for only when a ledger is created: without one there, a new ledger is built from
    /// the bundle. Null: never copy a template.
    /// </summary>
    public string? LedgerTemplate { get; init; } = BuiltTemplate;

    /// <summary>Where the build puts the template: beside the program, not in data/ (whose listing says whether the bundle changed).</summary>
    public static string BuiltTemplate => Path.Combine(AppContext.BaseDirectory, "ledger-template.db");

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>Standard input: documents piped to <c>ingest -</c>, answers to <c>review</c>.</summary>
    public TextReader In { get; init; } = System.Console.In;

    /// <summary>Standard input as bytes, for a document piped to <c>ingest -</c> (a PDF, or text in any encoding).</summary>
    public Func<Stream> OpenStandardInput { get; init; } = System.Console.OpenStandardInput;

    /// <summary>Who is working, for provenance: $DEFACTO_CODER, else $USER.</summary>
    public string Coder => Environment("DEFACTO_CODER") ?? Environment("USER") ?? "defacto-user";
}
