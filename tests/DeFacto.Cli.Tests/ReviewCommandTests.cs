using Microsoft.Extensions.Time.Testing;

namespace DeFacto.Cli.Tests;

/// <summary><c>defacto review</c> shows each candidate in its context: the sentence in the list, the paragraph too at the prompt.</summary>
public sealed class ReviewCommandTests
{
    private const string Text =
        "Tskhinvali, 3 May 2016. The report looks at the garrison.\nSome 4,000 Russian soldiers are stationed in South Ossetia. " +
        "Their base lies north of the town.\n\nA second paragraph says nothing more.";

    [Fact]
    public void ReviewList_ShowsEachCandidatesSentence()
    {
        var ledger = IngestedLedger();

        var (exit, output) = Run(ledger, "", "review", "--list");

        Assert.Equal(0, exit);
        Assert.Contains("    \"Some 4,000 Russian soldiers", output, StringComparison.Ordinal);
        Assert.Contains("\n    sentence: Some 4,000 Russian soldiers are stationed in South Ossetia.\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("paragraph:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewPrompt_ShowsTheSentenceAndTheParagraphOnOneLine()
    {
        var ledger = IngestedLedger();

        var (exit, output) = Run(ledger, "s\nq\n", "review"); // skip the first candidate, read the second, quit

        Assert.Equal(0, exit);
        Assert.Contains("\n    sentence: Some 4,000 Russian soldiers are stationed in South Ossetia.\n", output, StringComparison.Ordinal);
        Assert.Contains(
            "\n    paragraph: Tskhinvali, 3 May 2016. The report looks at the garrison. Some 4,000 Russian soldiers are stationed in South Ossetia. " +
            "Their base lies north of the town.\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("second paragraph", output, StringComparison.Ordinal);
    }

    private static string IngestedLedger()
    {
        var folder = Path.Combine(Path.GetTempPath(), "defacto-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var document = Path.Combine(folder, "garrison.txt");
        File.WriteAllText(document, Text);
        var ledger = Path.Combine(folder, "ledger.db");
        var (exit, _) = Run(ledger, "", "ingest", document, "--min-confidence", "0");
        Assert.Equal(0, exit);
        return ledger;
    }

    private static (int Exit, string Out) Run(string ledger, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var env = new Dictionary<string, string?> { ["DEFACTO_LEDGER"] = ledger };
        var context = new CliContext(output, error, clock, name => env.GetValueOrDefault(name)) { In = new StringReader(input) };
        var exit = CliApp.Run(args, context);
        Assert.True(exit == 0, error.ToString());
        return (exit, output.ToString());
    }
}
