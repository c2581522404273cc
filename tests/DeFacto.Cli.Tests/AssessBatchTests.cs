using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace DeFacto.Cli.Tests;

/// <summary>Batch <c>assess</c>: several territories, a date range or an input file in one call, one JSON line per assessment.</summary>
public sealed class AssessBatchTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "defacto-cli-tests", Guid.NewGuid().ToString("N"));

    private static readonly string[] Territories = ["south-ossetia", "abkhazia"];

    private static readonly int[] Years = [2012, 2013, 2014, 2015];

    private string Ledger => Path.Combine(_folder, "ledger.db");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Batch_EveryLine_IsTheSingleCallJsonCompacted()
    {
        var batch = Run(null, "assess", "south-ossetia", "abkhazia", "--as-of", "2012..2015", "--basis", "commitments");
        Assert.Equal(0, batch.Exit);
        var lines = Lines(batch.Out);
        Assert.Equal(8, lines.Length);
        var expected = Territories.SelectMany(t => Years.Select(y => (t, $"{y}-12-31"))).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var (territory, date) = expected[i];
            using var line = JsonDocument.Parse(lines[i]);
            Assert.Equal(territory, line.RootElement.GetProperty("territory").GetString());
            Assert.Equal(date, line.RootElement.GetProperty("asOf").GetString());
            var single = Run(null, "assess", territory, "--as-of", date, "--basis", "commitments", "--format", "json");
            Assert.Equal(0, single.Exit);
            Assert.Equal(Compact(single.Out), lines[i]);
        }
    }

    [Fact]
    public void Batch_WithSensitivityAndSignedPledges_MatchesTheSingleCall()
    {
        var batch = Run(null, "assess", "south-ossetia", "transnistria", "--as-of", "2015", "--basis", "commitments", "--pledges", "signed", "--sensitivity", "--draws", "300");
        Assert.Equal(0, batch.Exit);
        var lines = Lines(batch.Out);
        Assert.Equal(2, lines.Length);
        var single = Run(null, "assess", "transnistria", "--as-of", "2015", "--basis", "commitments", "--pledges", "signed", "--sensitivity", "--draws", "300", "--format", "json");
        Assert.Equal(Compact(single.Out), lines[1]);
        Assert.True(JsonDocument.Parse(lines[1]).RootElement.TryGetProperty("sensitivity", out _));
    }

    [Theory]
    [InlineData("2015-01..2015-12", null, "2015-01-31,2015-02-28,2015-03-31,2015-04-30,2015-05-31,2015-06-30,2015-07-31,2015-08-31,2015-09-30,2015-10-31,2015-11-30,2015-12-31")]
    [InlineData("2015..2015", "quarter", "2015-03-31,2015-06-30,2015-09-30,2015-12-31")]
    [InlineData("2016-02-27..2016-03-01", null, "2016-02-27,2016-02-28,2016-02-29,2016-03-01")]
    [InlineData("2014-05-10..2016", "year", "2014-12-31,2015-12-31,2016-12-31")]
    public void Range_StepsFromTheFirstPeriodToTheLast(string range, string? step, string dates)
    {
        string[] args = step is null ? ["assess", "abkhazia", "--as-of", range] : ["assess", "abkhazia", "--as-of", range, "--step", step];
        var run = Run(null, args);
        Assert.Equal(0, run.Exit);
        var asOf = Lines(run.Out).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("asOf").GetString());
        Assert.Equal(dates, string.Join(',', asOf));
    }

    [Fact]
    public void Input_LinesInOrder_HeaderAndCommentsSkipped()
    {
        var file = Path.Combine(_folder, "panel.csv");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(file, "territory,date\n# a comment\nabkhazia,2015-06-30\n\n South Ossetia , 2012\nabkhazia,2009-1-1\n");
        var run = Run(null, "assess", "--input", file, "--format", "json");
        Assert.Equal(0, run.Exit);
        var got = Lines(run.Out).Select(l => JsonDocument.Parse(l).RootElement).Select(e => e.GetProperty("territory").GetString() + "@" + e.GetProperty("asOf").GetString());
        Assert.Equal(["abkhazia@2015-06-30", "south-ossetia@2012-12-31", "abkhazia@2009-01-01"], got);
        var piped = Run("abkhazia,2015-06-30\n", "assess", "--input", "-");
        Assert.Equal(0, piped.Exit);
        Assert.Equal(Lines(run.Out)[0], Lines(piped.Out)[0]);
    }

    [Fact]
    public void Input_BadLines_AllNamedWithTheirLineNumbers_NothingPrinted()
    {
        var file = Path.Combine(_folder, "bad.csv");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(file, "abkhazia,2015\nabkhazia,2015\nnarnia,2015\nabkhazia,2015-13-01\nabkhazia\nabkhazia,2010..2012\n");
        var run = Run(null, "assess", "--input", file);
        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Contains($"{file} line 3: unknown territory 'narnia'", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{file} line 4: date", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{file} line 5: expected territory,date", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{file} line 6: one date a line", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was assessed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("an unknown territory among several", new[] { "assess", "abkhazia", "narnia" }, "unknown territory 'narnia'")]
    [InlineData("a range backwards", new[] { "assess", "abkhazia", "--as-of", "2015..2010" }, "ends before it starts")]
    [InlineData("a range with a bad end", new[] { "assess", "abkhazia", "--as-of", "2010..2015-13" }, "the 'to' end of the range")]
    [InlineData("a range with one end", new[] { "assess", "abkhazia", "--as-of", "2010.." }, "is not a date range")]
    [InlineData("a table of a batch", new[] { "assess", "abkhazia", "transnistria", "--format", "table" }, "prints JSON lines")]
    [InlineData("a step without a range", new[] { "assess", "abkhazia", "--step", "month" }, "--step goes with a date range")]
    [InlineData("input with a territory", new[] { "assess", "abkhazia", "--input", "-" }, "--input gives the territories")]
    [InlineData("input missing", new[] { "assess", "--input", "/nonexistent/panel.csv" }, "no file /nonexistent/panel.csv")]
    [InlineData("no territory at all", new[] { "assess" }, "give a territory")]
    [InlineData("a range too long", new[] { "assess", "abkhazia", "--as-of", "1000-01-01..9999-12-31", "--step", "day" }, "more than 1,000,000")]
    public void Batch_BadInput_RefusedBeforeAnyOutput(string why, string[] args, string message)
    {
        var run = Run("", args);
        Assert.True(run.Exit == 2, why);
        Assert.Equal("", run.Out);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    // The single call's indented JSON with the whitespace between tokens taken out, every other byte as printed.
    private static string Compact(string json)
    {
        var compact = new System.Text.StringBuilder(json.Length);
        bool inString = false, escaped = false;
        foreach (var c in json)
        {
            if (inString)
            {
                compact.Append(c);
                (inString, escaped) = escaped ? (true, false) : (c != '"', c == '\\');
            }
            else if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
                inString = c == '"';
            }
        }

        using var parsed = JsonDocument.Parse(compact.ToString());
        return compact.ToString();
    }

    private CliRun Run(string? input, params string[] args)
    {
        var env = new Dictionary<string, string?> { ["DEFACTO_LEDGER"] = Ledger };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var context = new CliContext(output, error, clock, name => env.GetValueOrDefault(name)) { In = new StringReader(input ?? "") };
        var exit = CliApp.Run(args, context);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
