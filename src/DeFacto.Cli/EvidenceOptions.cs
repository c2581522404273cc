using System.CommandLine;

namespace DeFacto.Cli;

/// <summary>
/// Where a command reads its evidence: <c>--data DIR</c> reads dataset files directly; otherwise the
/// ledger (<c>--ledger</c>, then <c>DEFACTO_LEDGER</c>, then the user's default ledger).
/// </summary>
internal sealed class EvidenceOptions
{
    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Read dataset files from this folder (codebook.yaml, territories.yaml, sources/, evidence/, treaties/) instead of the ledger",
    };

    public Option<string?> Ledger { get; } = new("--ledger")
    {
        Description = "Ledger to use: a SQLite file path, or a PostgreSQL connection string (Host=...;Database=... or postgres://...). Default: $DEFACTO_LEDGER, else the user's data folder",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Ledger);
    }

    public Dataset.Dataset Load(ParseResult result, CliContext context)
    {
        var data = result.GetValue(Data);
        if (data is not null)
        {
            return DatasetSource.Load(data);
        }

        // Until the ledger lands, the bundled files are the evidence.
        _ = result.GetValue(Ledger) ?? context.Environment("DEFACTO_LEDGER");
        return DatasetSource.Load(null);
    }
}
