using DeFacto.Cli;

namespace DeFacto.Exports.Tests.Cli;

/// <summary>The export, release and diff commands end to end, with a fixed clock.</summary>
public sealed class CliCommandTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, new FixedClock(new DateTimeOffset(2016, 6, 30, 9, 0, 0, TimeSpan.Zero)), _ => null);
        var code = CliApp.Run(args, context);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Export_Csv_WritesTheFilesAndSaysWhatItWrote()
    {
        using var temp = new TempDir();
        var data = TestData.WriteTo(temp.Sub("data"));

        var (code, output, error) = Run("export", "--format", "csv", "--out", temp.Sub("out"), "--data", data);

        Assert.True(code == 0, error);
        Assert.Contains("panel.csv", output, StringComparison.Ordinal);
        Assert.Contains("20 rows", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Sub("out"), "datapackage.json")));
    }

    [Fact]
    public void Export_NonEmptyFolder_IsRefusedUnlessForced()
    {
        using var temp = new TempDir();
        var data = TestData.WriteTo(temp.Sub("data"));
        Directory.CreateDirectory(temp.Sub("out"));
        File.WriteAllText(Path.Combine(temp.Sub("out"), "notes.txt"), "mine");

        var refused = Run("export", "--out", temp.Sub("out"), "--data", data);
        var forced = Run("export", "--out", temp.Sub("out"), "--data", data, "--force", "--format", "xlsx");

        Assert.Equal(2, refused.Code);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.Code);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(temp.Sub("out"), "notes.txt")));
        Assert.True(File.Exists(Path.Combine(temp.Sub("out"), "defacto.xlsx")));
    }

    [Fact]
    public void Export_FutureYearOrNoOut_IsAUserError()
    {
        using var temp = new TempDir();
        var data = TestData.WriteTo(temp.Sub("data"));

        Assert.Equal(2, Run("export", "--out", temp.Sub("out"), "--data", data, "--to", "2030").Code);
        Assert.Equal(2, Run("export", "--data", data).Code);
        Assert.False(Directory.Exists(temp.Sub("out")));
    }

    [Fact]
    public void Export_CodebookDoc_PrintsTheDocument()
    {
        using var temp = new TempDir();
        var data = TestData.WriteTo(temp.Sub("data"));

        var html = Run("export", "--codebook-doc", "html", "--data", data);
        var md = Run("export", "--codebook-doc", "markdown", "--data", data);

        Assert.StartsWith("<!DOCTYPE html>", html.Out, StringComparison.Ordinal);
        Assert.StartsWith("# DeFacto codebook", md.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ReleaseThenDiff_ReportsTheCorrectedObservation()
    {
        using var temp = new TempDir();
        var releases = temp.Sub("releases");
        var v1Data = TestData.WriteTo(temp.Sub("v1"));
        var v2Data = TestData.WriteTo(temp.Sub("v2"), TestData.AlphaEvidence.Replace("value: 60", "value: 70", StringComparison.Ordinal));

        var first = Run("release", "1.0", "--out", releases, "--data", v1Data);
        var again = Run("release", "1.0", "--out", releases, "--data", v2Data);
        var second = Run("release", "1.1", "--out", releases, "--data", v2Data);
        var diff = Run("diff", "1.0", "1.1", "--releases", releases);
        var json = Run("diff", Path.Combine(releases, "defacto-1.0"), Path.Combine(releases, "defacto-1.1"), "--format", "json");

        Assert.True(first.Code == 0, first.Error);
        Assert.Contains("sha256sum -c SHA256SUMS", first.Out, StringComparison.Ordinal);
        Assert.Equal(2, again.Code);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.Code);
        Assert.True(diff.Code == 0, diff.Error);
        Assert.Contains("~ alpha-passports-2010 corrected: value 60 → 70", diff.Out, StringComparison.Ordinal);
        Assert.Contains("alpha-land 2010 practice", diff.Out, StringComparison.Ordinal);
        Assert.Matches(@"citizenship_score: 0\.6\d* → 0\.7\d*\n(    .*\n)*      because ~ alpha-passports-2010", diff.Out.Replace("\r", "", StringComparison.Ordinal));
        Assert.Contains("\"change\": \"changed\"", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Release_FromTheLedger_FreezesTheLedgerAsDataFiles()
    {
        using var temp = new TempDir();
        var ledger = temp.Sub("ledger.db");

        var (code, output, error) = Run("release", "0.1", "--out", temp.Sub("releases"), "--ledger", ledger, "--from", "2015", "--to", "2015");

        Assert.True(code == 0, error);
        var release = temp.Sub("releases/defacto-0.1");
        Assert.Empty(DeFacto.Exports.Releases.ReleaseVerifier.Verify(release));
        var copy = DeFacto.Dataset.DatasetReader.Load(Path.Combine(release, "data"));
        Assert.True(copy.Ok, string.Join("\n", copy.Problems.Take(3)));
        Assert.Contains("south-ossetia", File.ReadAllText(Path.Combine(release, "csv", "panel.csv")), StringComparison.Ordinal);
        Assert.Contains("Released defacto 0.1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cite_PrintsTheCitationAndBibTex_WithTheVersion()
    {
        using var temp = new TempDir();
        var data = TestData.WriteTo(temp.Sub("data"));

        var (code, output, error) = Run("cite", "--data", data, "--release", "2.0.0");
        var (bibCode, bibtex, _) = Run("cite", "--data", data, "--format", "bibtex");

        Assert.True(code == 0, error);
        Assert.Contains("version 2.0.0", output, StringComparison.Ordinal);
        Assert.Contains("@misc{defacto-2.0.0,", output, StringComparison.Ordinal);
        Assert.Equal(0, bibCode);
        Assert.StartsWith("@misc{defacto-" + Exports.Citations.DatasetCitation.CurrentProgramVersion + ",", bibtex, StringComparison.Ordinal);
        Assert.Contains("date = {2016-06-30}", bibtex, StringComparison.Ordinal);
    }
}
