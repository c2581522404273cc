using System.Text.Json;

namespace DeFacto.Cli.Tests;

public sealed class AssessCommandTests
{
    [Fact]
    public void Assess_SeedDateCommitments_DeFactoAnnexationWithEveryDomain()
    {
        var run = CliRun.Of("assess", "south-ossetia", "--as-of", "2015-06-30", "--basis", "commitments", "--format", "json");
        Assert.Equal(0, run.Exit);
        var a = run.Json;
        Assert.Equal("south-ossetia", a.GetProperty("territory").GetString());
        Assert.Equal("2015-06-30", a.GetProperty("asOf").GetString());
        Assert.Equal("commitments", a.GetProperty("basis").GetString());
        Assert.Equal("de-facto-annexation", a.GetProperty("stage").GetString());
        var index = a.GetProperty("index");
        Assert.True(index.GetProperty("low").GetDouble() <= index.GetProperty("median").GetDouble());
        Assert.True(index.GetProperty("median").GetDouble() <= index.GetProperty("high").GetDouble());
        Assert.Equal(7, a.GetProperty("coverage").GetProperty("evidenced").GetInt32());
        var probabilities = a.GetProperty("stageProbabilities").EnumerateObject().Sum(p => p.Value.GetDouble());
        Assert.Equal(1, probabilities, 3);
        foreach (var o in a.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray()).SelectMany(i => i.GetProperty("observations").EnumerateArray()))
        {
            Assert.False(string.IsNullOrEmpty(o.GetProperty("source").GetString()));
            Assert.False(string.IsNullOrEmpty(o.GetProperty("locator").GetString()));
        }
    }

    [Fact]
    public void Assess_Practice_NoPledgesAndNotAboveCommitments()
    {
        var practice = CliRun.Of("assess", "south-ossetia", "--as-of", "2015-06-30", "--format", "json").Json;
        var commitments = CliRun.Of("assess", "south-ossetia", "--as-of", "2015-06-30", "--basis", "commitments", "--format", "json").Json;
        Assert.Equal("practice", practice.GetProperty("basis").GetString());
        Assert.True(practice.GetProperty("index").GetProperty("median").GetDouble() <= commitments.GetProperty("index").GetProperty("median").GetDouble());
        var statuses = practice.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray())
            .SelectMany(i => i.GetProperty("observations").EnumerateArray()).Select(o => o.GetProperty("status").GetString());
        Assert.DoesNotContain("pledged", statuses);
    }

    [Fact]
    public void Assess_Json_CarriesTheModelV2Contract()
    {
        var run = CliRun.Of("assess", "south-ossetia", "--as-of", "2015-06-30", "--basis", "commitments", "--pledges", "signed", "--format", "json");
        Assert.Equal(0, run.Exit);
        var a = run.Json;
        Assert.False(string.IsNullOrEmpty(a.GetProperty("verdict").GetProperty("reason").GetString()));
        Assert.Equal(JsonValueKind.Array, a.GetProperty("verdict").GetProperty("alternatives").ValueKind);
        var functional = a.GetProperty("functional");
        Assert.Equal(4, functional.GetProperty("probabilities").EnumerateObject().Count());
        Assert.True(functional.GetProperty("index").TryGetProperty("median", out _));
        var formal = a.GetProperty("formal");
        Assert.False(formal.GetProperty("incorporated").GetBoolean());
        Assert.Equal(JsonValueKind.Null, formal.GetProperty("incorporatedOn").ValueKind);
        Assert.True(formal.GetProperty("recognisedByPatron").GetBoolean());
        Assert.InRange(formal.GetProperty("stepsLeft").GetInt32(), 1, 4);
        Assert.InRange(a.GetProperty("coverage").GetProperty("current").GetInt32(), 0, 7);
        string[] holders = ["parent", "territory", "shared", "patron", "unknown"];
        foreach (var d in a.GetProperty("domains").EnumerateArray())
        {
            Assert.True(d.GetProperty("current").ValueKind is JsonValueKind.True or JsonValueKind.False);
            Assert.Contains(d.GetProperty("heldBy").GetString(), holders);
        }

        var pledges = a.GetProperty("pledges").EnumerateArray().ToList();
        Assert.NotEmpty(pledges);
        string[] implementations = ["implemented", "pending", "unfulfilled"];
        Assert.All(pledges, p => Assert.Contains(p.GetProperty("implementation").GetString(), implementations));
    }

    [Fact]
    public void Assess_PledgesFromSignature_CountTheTreatyBeforeItsEntryIntoForce()
    {
        static int Count(string mode) => CliRun.Of("assess", "south-ossetia", "--as-of", "2015-06-30", "--basis", "commitments", "--pledges", mode, "--format", "json")
            .Json.GetProperty("pledges").EnumerateArray().Count(p => p.GetProperty("provision").ValueKind == JsonValueKind.String
                && p.GetProperty("provision").GetString()!.Contains("2015", StringComparison.Ordinal));
        Assert.Equal(0, Count("in-force"));
        Assert.True(Count("signed") > 0);
    }

    [Fact]
    public void Assess_Crimea2013_NotAssessable()
    {
        var run = CliRun.Of("assess", "crimea", "--as-of", "2013-12-31", "--format", "json");
        Assert.Equal("not-assessable", run.Json.GetProperty("stage").GetString());
    }

    [Fact]
    public void Assess_ArmedRatio_CarriesTheResidentsInterval()
    {
        var a = CliRun.Of("assess", "south-ossetia", "--as-of", "2015-06-30", "--format", "json").Json;
        var ratio = a.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == "security.armed_patron_per_resident").GetProperty("value");
        // The 2015 census (53,532) and the commentary's 30–40,000 attest the same period and are pooled:
        // the low end comes from the census, the high end from the estimate's lower bound.
        Assert.InRange(ratio.GetProperty("low").GetDouble(), 0.07, 0.12);
        Assert.InRange(ratio.GetProperty("high").GetDouble(), 0.135, 0.15);
    }

    [Fact]
    public void Assess_SameArguments_SameJson()
    {
        var a = CliRun.Of("assess", "abkhazia", "--as-of", "2016", "--format", "json").Out;
        var b = CliRun.Of("assess", "abkhazia", "--as-of", "2016", "--format", "json").Out;
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("table", "Stage")]
    [InlineData("markdown", "| domain | score |")]
    public void Assess_TextFormats_ShowStageDomainsAndEvidence(string format, string marker)
    {
        var run = CliRun.Of("assess", "South Ossetia", "--as-of", "2015-06", "--format", format);
        Assert.Equal(0, run.Exit);
        Assert.Contains(marker, run.Out, StringComparison.Ordinal);
        Assert.Contains("fiia-comment-9-2015", run.Out, StringComparison.Ordinal);
        Assert.Contains("formal step", run.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Assess_Sensitivity_ReportsHowOftenTheStageHolds()
    {
        var run = CliRun.Of("assess", "south-ossetia", "--as-of", "2015-06-30", "--basis", "commitments", "--sensitivity", "--format", "json");
        Assert.Equal(0, run.Exit);
        var s = run.Json.GetProperty("sensitivity");
        Assert.Equal(5, s.GetProperty("scenarios").GetArrayLength());
        Assert.InRange(s.GetProperty("stageHolds").GetDouble(), 0, 1);
        Assert.True(s.TryGetProperty("robust", out _));
    }

    [Fact]
    public void Assess_MisspeltTerritory_SuggestsAndFails()
    {
        var run = CliRun.Of("assess", "south-osetia");
        Assert.Equal(2, run.Exit);
        Assert.Contains("did you mean south-ossetia", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("2015-13-45")]
    [InlineData("2015-02-30")]
    [InlineData("tomorrow")]
    public void Assess_ImpossibleDate_FailsClearly(string date)
    {
        var run = CliRun.Of("assess", "south-ossetia", "--as-of", date);
        Assert.Equal(2, run.Exit);
        Assert.Contains("--as-of", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_UnknownBasis_Refused()
    {
        var run = CliRun.Of("assess", "south-ossetia", "--basis", "hope");
        Assert.NotEqual(0, run.Exit);
    }

    [Fact]
    public void Assess_AStateNotATerritory_SaysSo()
    {
        var run = CliRun.Of("assess", "russia");
        Assert.Equal(2, run.Exit);
        Assert.Contains("is a state", run.Error, StringComparison.Ordinal);
    }
}
