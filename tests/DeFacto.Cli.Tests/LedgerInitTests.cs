using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace DeFacto.Cli.Tests;

/// <summary><c>defacto ledger init</c>, and the first run of a command on a new ledger made from the template it makes.</summary>
public sealed class LedgerInitTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "defacto-cli-init-" + Guid.NewGuid().ToString("N"));

    public LedgerInitTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Init_NewPath_CreatesTheLedgerWithTheBundledDataset()
    {
        var ledger = Path.Combine(_folder, "new", "ledger.db");

        var init = Run(null, "ledger", "init", "--ledger", ledger);

        Assert.Equal(0, init.Exit);
        Assert.Equal("", init.Error);
        Assert.StartsWith($"created the ledger {ledger} (schema ", init.Out, StringComparison.Ordinal);
        Assert.Contains("observations", init.Out, StringComparison.Ordinal);
        Assert.Equal(1L, Scalar(ledger, "SELECT COUNT(*) FROM snapshot WHERE version = (SELECT version FROM ledger_state)"));
        Assert.Equal([ledger], Directory.GetFiles(Path.Combine(_folder, "new")));
    }

    [Fact]
    public void Init_WhereALedgerIs_IsRefusedAndChangesNothing()
    {
        var ledger = Path.Combine(_folder, "ledger.db");
        Assert.Equal(0, Run(null, "ledger", "init", "--ledger", ledger).Exit);
        var before = File.ReadAllBytes(ledger);

        var again = Run(null, "ledger", "init", "--ledger", ledger);

        Assert.Equal(2, again.Exit);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.Equal("", again.Out);
        Assert.Equal(before, File.ReadAllBytes(ledger));
    }

    [Fact]
    public void Init_WithATemplateAtHand_NeverCopiesIt()
    {
        // A template marked by hand: a ledger init made from it would carry the mark.
        var template = Template();
        Execute(template, "UPDATE sources SET title = 'marked template' WHERE rowid = (SELECT MIN(rowid) FROM sources)");
        var ledger = Path.Combine(_folder, "ledger.db");

        Assert.Equal(0, Run(template, "ledger", "init", "--ledger", ledger).Exit);

        Assert.Equal(0L, Scalar(ledger, "SELECT COUNT(*) FROM sources WHERE title = 'marked template'"));
    }

    [Fact]
    public void FirstRun_FromTheTemplate_SaysCreatedWithTheSameCountAsWithout()
    {
        var template = Template();
        string[] assess = ["assess", "south-ossetia", "--as-of", "2015-06-30", "--basis", "commitments", "--format", "json"];
        var usual = Path.Combine(_folder, "usual.db");
        var copied = Path.Combine(_folder, "copied.db");

        var withoutTemplate = Run(null, [.. assess, "--ledger", usual]);
        var withTemplate = Run(template, [.. assess, "--ledger", copied]);
        var second = Run(template, [.. assess, "--ledger", copied]);

        Assert.Equal(0, withTemplate.Exit);
        Assert.Matches(@"^defacto: created the ledger .+ with the bundled dataset \(\d+ records\)\n$", withoutTemplate.Error.ReplaceLineEndings("\n"));
        Assert.Equal(withoutTemplate.Error.Replace(usual, copied, StringComparison.Ordinal), withTemplate.Error);
        Assert.Equal(withoutTemplate.Out, withTemplate.Out);
        Assert.Equal("", second.Error);
        Assert.Equal(withTemplate.Out, second.Out);
        Assert.Equal(Scalar(template, "SELECT COUNT(*) FROM sources"), Scalar(copied, "SELECT COUNT(*) FROM sources"));
        Assert.Equal(0L, Scalar(copied, "SELECT COUNT(*) FROM sources WHERE created_at <> '2026-11-26T12:00:00.0000000+00:00'"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Template()
    {
        var template = Path.Combine(_folder, "template", "ledger-template.db");
        Assert.Equal(0, Run(null, "ledger", "init", "--ledger", template).Exit);
        return template;
    }

    // The command line in process, with a fixed clock, no DEFACTO_LEDGER, and the given template (or none).
    private static CliRun Run(string? template, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var context = new CliContext(output, error, clock, _ => null) { LedgerTemplate = template };
        var exit = CliApp.Run(args, context);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    private static long Scalar(string ledger, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={ledger};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(string ledger, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={ledger};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
