namespace DeFacto.Cli.Tests;

public sealed class IngestCommandTests
{
    private static string Document(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), "defacto-cli-tests", Guid.NewGuid().ToString("N") + ".txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Ingest_Json_FollowsTheContract()
    {
        var file = Document("Tskhinvali, 3 May 2016. Some 4,000 Russian soldiers are stationed in South Ossetia, officials said.");
        var run = CliRun.Of("ingest", file, "--format", "json", "--no-store");
        Assert.Equal(0, run.Exit);
        var fact = Assert.Single(run.Json.GetProperty("observations").EnumerateArray());
        Assert.Equal("south-ossetia", fact.GetProperty("territory").GetString());
        Assert.Equal("security.patron_troops", fact.GetProperty("indicator").GetString());
        Assert.Equal(4000, fact.GetProperty("value").GetDouble());
        Assert.True(fact.GetProperty("span").GetProperty("length").GetInt32() > 0);
    }

    [Fact]
    public void Ingest_Accept_PutsCandidatesIntoTheLedger()
    {
        var dated = Document("Tskhinvali, 3 May 2016. Some 4,000 Russian soldiers are stationed in South Ossetia.");
        var run = CliRun.Of("ingest", dated, "--accept", "--min-confidence", "0");
        Assert.Equal(0, run.Exit);
        Assert.Contains("1 accepted into the ledger", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_AcceptUndatedFact_LeftForReviewNotAborted()
    {
        var undated = Document("Some 4,000 Russian soldiers are stationed in South Ossetia.");
        var run = CliRun.Of("ingest", undated, "--accept", "--min-confidence", "0");
        Assert.Equal(0, run.Exit);
        Assert.Contains("left for review", run.Error, StringComparison.Ordinal);
        Assert.Contains("0 accepted into the ledger", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_MissingAndBrokenFiles_OneMessageEachAndTheBatchGoesOn()
    {
        var good = Document("Some 4,000 Russian soldiers are stationed in South Ossetia.");
        var binary = Path.Combine(Path.GetTempPath(), "defacto-cli-tests", Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(binary, [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0x13]);
        var run = CliRun.Of("ingest", "no-such-file.txt", binary, good, "--no-store", "--format", "json");
        Assert.Equal(1, run.Exit);
        Assert.Contains("no-such-file.txt: no such file", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, run.Json.GetArrayLength());
        Assert.Equal(1, run.Json[2].GetProperty("observations").GetArrayLength());
    }
}
