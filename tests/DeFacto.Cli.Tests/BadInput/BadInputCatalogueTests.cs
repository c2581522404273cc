using System.Text.RegularExpressions;

namespace DeFacto.Cli.Tests.BadInput;

/// <summary>
/// Every bad input the reliability pass found (and its relatives), as a table: the command, the exit code
/// it must give, and a fragment of the message that tells the user what to do. Every row must also answer
/// in a few lines, without a stack trace, a .NET type name, a resource key or a raw control character.
/// </summary>
public sealed partial class BadInputCatalogueTests(BadInputFiles files) : IClassFixture<BadInputFiles>
{
    private static readonly Dictionary<string, string?> EmptyLedgerVariable = new() { ["DEFACTO_LEDGER"] = "" };

    public static TheoryData<BadInputCase> Cases() =>
    [
        // Numeric options: their range in words, never the parser's CLR type.
        new BadInputCase("draws too large", ["assess", "south-ossetia", "--draws", "99999999999"], 2, "from 1 to 1,000,000"),
        new BadInputCase("draws zero", ["assess", "south-ossetia", "--draws", "0"], 2, "from 1 to 1,000,000"),
        new BadInputCase("draws not a number", ["assess", "south-ossetia", "--draws", "many"], 2, "'many' is not a whole number"),
        new BadInputCase("seed negative", ["assess", "south-ossetia", "--seed", "-1"], 2, "from 0 to 18,446,744,073,709,551,615"),
        new BadInputCase("panel year not a number", ["export", "--out", "{folder}/x", "--from", "twenty"], 2, "a year"),
        new BadInputCase("min-confidence above one", ["ingest", "{text}", "--min-confidence", "2"], 2, "from 0 to 1"),
        new BadInputCase("candidate id not a number", ["review", "--accept", "abc"], 2, "candidate id"),

        // Dates: a one-digit month is read as meant; an empty date is an error, not "today".
        new BadInputCase("as-of empty", ["assess", "south-ossetia", "--as-of", ""], 2, "--as-of is empty"),
        new BadInputCase("as-of blank", ["assess", "south-ossetia", "--as-of", "  "], 2, "--as-of is empty"),
        new BadInputCase("as-of month 13", ["assess", "south-ossetia", "--as-of", "2015-13"], 2, "months run 01 to 12"),
        new BadInputCase("as-of one-digit month and day", ["assess", "south-ossetia", "--as-of", "2015-1-1"], 0, "as of 2015-01-01"),
        new BadInputCase("published empty", ["ingest", "{text}", "--published", "", "--no-store"], 2, "--published is empty"),

        // The ledger option and variable.
        new BadInputCase("ledger variable empty", ["assess", "south-ossetia"], 2, "DEFACTO_LEDGER is set but empty") { Environment = EmptyLedgerVariable },
        new BadInputCase("ledger option empty", ["assess", "south-ossetia", "--ledger", ""], 2, "--ledger is empty"),
        new BadInputCase("ledger is a text file", ["ledger", "info", "--ledger", "{text}"], 2, "not a DeFacto ledger"),
        new BadInputCase("ledger is a folder", ["ledger", "info", "--ledger", "{folder}"], 2, "is a folder"),
        new BadInputCase("postgres url with password", ["ledger", "info", "--ledger", "postgres://analyst:hunter2@db.example:notaport/defacto"], 2, "postgres://") { Never = "hunter2" },
        new BadInputCase("postgres keywords with password", ["ledger", "info", "--ledger", "Host=db.example;Password=hunter2;Bogus=1"], 2, "connection string") { Never = "hunter2" },

        // Echoed input never reaches the terminal with its control characters.
        new BadInputCase("territory with an escape character", ["assess", "trans\u001b[31mnistria"], 2, "unknown territory") { Never = "\u001b" },
        new BadInputCase("territory with a bell and carriage return", ["assess", "nowhere\u0007land\r"], 2, "unknown territory") { Never = "\u0007" },

        // serve: a bad address is a message before anything starts.
        new BadInputCase("serve url without scheme", ["serve", "--urls", "notaurl"], 2, "is not an address"),
        new BadInputCase("serve port out of range", ["serve", "--urls", "http://127.0.0.1:99999"], 2, "ports run from 1 to 65535"),
        new BadInputCase("serve other scheme", ["serve", "--urls", "ftp://127.0.0.1:21"], 2, "only http and https"),

        // Backups never replace what they should not.
        new BadInputCase("backup onto an existing file", ["ledger", "backup", "{existing}"], 2, "already exists"),
        new BadInputCase("backup onto the ledger itself", ["ledger", "backup", "{ledger}", "--force"], 2, "the ledger itself"),
        new BadInputCase("backup onto a folder", ["ledger", "backup", "{folder}"], 2, "is a folder"),

        // Review requests are checked whole before anything is applied.
        new BadInputCase("review accept and reject one id", ["review", "--accept", "1", "--reject", "1"], 2, "both accepted and rejected"),
        new BadInputCase("review unknown id", ["review", "--accept", "987654"], 2, "no pending candidate with id 987654"),

        // Documents: sizes count bytes read; depth is limited without dropping text.
        new BadInputCase("ingest endless standard input", ["ingest", "-", "--no-store"], 1, "standard input holds more than 64 MB") { Input = () => new EndlessStream() },
        new BadInputCase("ingest a folder", ["ingest", "{folder}", "--no-store"], 1, "is a folder"),
        new BadInputCase("ingest a missing file", ["ingest", "{folder}/missing.txt", "--no-store"], 1, "no such file"),
        new BadInputCase("ingest a PDF with a page tree 50,000 deep", ["ingest", "{deep-pdf}", "--no-store"], 1, "page tree more than 64 levels deep"),
        new BadInputCase("ingest HTML nested 100,000 deep", ["ingest", "{deep-html}", "--no-store", "--format", "json"], 0, "3,500 Russian troops"),

        // Dataset files: depth, a second document, bytes that are not UTF-8, all with file and line.
        new BadInputCase("validate YAML nested 100,000 deep", ["validate", "--data", "{deep-yaml}"], 1, "deep.yaml:2: nests lists and mappings more than 64 levels"),
        new BadInputCase("import YAML nested 100,000 deep", ["ledger", "import", "{deep-yaml}"], 1, "more than 64 levels deep"),
        new BadInputCase("validate two YAML documents in one file", ["validate", "--data", "{two-documents}"], 1, "two.yaml:5: holds a second YAML document"),
        new BadInputCase("validate a Latin-1 file", ["validate", "--data", "{latin1}"], 1, "latin1.yaml:2: is not UTF-8 text"),
        new BadInputCase("import a registry that drops a territory in use", ["ledger", "import", "{no-transnistria}"], 1, "drops territory 'transnistria', which the ledger still uses"),

        // Releases and diffs.
        new BadInputCase("diff of releases that do not exist", ["diff", "0.0.1", "0.0.2", "--releases", "{release}"], 2, "no release '0.0.1'"),
        new BadInputCase("release version with a slash", ["release", "../x", "-o", "{release}"], 2, "is not a release version"),

        // The command line itself.
        new BadInputCase("unknown option", ["assess", "south-ossetia", "--colour"], 2, "--colour"),
        new BadInputCase("unknown command", ["asess", "south-ossetia"], 2, "defacto --help"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInput_GivesItsExitCodeAndAMessageToActOn(BadInputCase row)
    {
        var run = files.Run(row);
        var all = run.Out + run.Error;

        Assert.True(row.Exit == run.Exit, $"{row.Name}: exit {run.Exit}, expected {row.Exit}\n{Shorten(all)}");
        Assert.Contains(row.Fragment, all, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at [A-Za-z]", run.Error);
        Assert.DoesNotMatch(ClrNames(), run.Error);
        if (row.Exit != 0)
        {
            Assert.InRange(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, 1, 8);
        }

        if (row.Never is { } never)
        {
            Assert.DoesNotContain(never, all, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(all, c => char.IsControl(c) && c is not '\n' and not '\t');
    }

    [Fact]
    public void TextFileGivenAsLedger_IsLeftUnchanged()
    {
        var before = File.ReadAllBytes(files.Files["text"]);

        files.Run(new BadInputCase("text as ledger", ["ledger", "info", "--ledger", "{text}"], 2, ""));

        Assert.Equal(before, File.ReadAllBytes(files.Files["text"]));
    }

    [Fact]
    public void ExistingBackupTarget_IsLeftUnchanged()
    {
        files.Run(new BadInputCase("backup", ["ledger", "backup", "{existing}"], 2, ""));

        Assert.Equal("keep me\n", File.ReadAllText(files.Files["existing"]));
    }

    private static string Shorten(string text) => text.Length > 600 ? text[..600] + "…" : text;

    // .NET resource keys (Arg_ParamName_Name) and CLR type names (System.Nullable`1[...]) mean nothing to a user.
    [GeneratedRegex(@"(^|[^A-Za-z0-9_])[A-Z][a-z][A-Za-z]*_[A-Z][A-Za-z_]*|System\.[A-Z][A-Za-z.]*|`[0-9]+\[")]
    private static partial Regex ClrNames();
}
