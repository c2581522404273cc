using DeFacto.Core.Evidence;
using DeFacto.Exports.Formats;
using DeFacto.Exports.Tests.Readers;

namespace DeFacto.Exports.Tests.Formats;

public sealed class CsvExportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private string Csv(string name) => fixture.PathOf(ExportFormat.Csv, name + ".csv");

    [Fact]
    public void Panel_ReadWithAnIndependentParser_EqualsTheAssessments()
    {
        var (header, rows) = Rfc4180.Read(Csv("panel"));

        Assert.Equal(fixture.Panel.Rows.Count, rows.Count);
        Assert.Contains("p_de_jure_annexation", header);
        foreach (var row in rows)
        {
            var a = Expected.Assess(fixture.Dataset, row["territory"], int.Parse(row["year"], System.Globalization.CultureInfo.InvariantCulture), row["basis"], TestData.Today);
            foreach (var (column, value) in Expected.Cells(a))
            {
                Expected.Same(value, row[column], $"{row["territory"]} {row["year"]} {row["basis"]} {column}");
            }
        }
    }

    [Fact]
    public void Panel_TerritoryColumns_ComeFromTheRegistry()
    {
        var (_, rows) = Rfc4180.Read(Csv("panel"));

        var beta = rows.First(r => r["territory"] == "beta-land");
        Assert.Equal("Beta, Land", beta["territory_name"]);
        Assert.Equal("ruritania", beta["parent"]);
        Assert.Equal("borduria", beta["patron"]);
    }

    [Fact]
    public void Panel_MissingDomain_IsAnEmptyField()
    {
        var (_, rows) = Rfc4180.Read(Csv("panel"));

        var beta = rows.First(r => r["territory"] == "beta-land");
        Assert.Equal("", beta["citizenship_score"]);
        Assert.Equal("1", beta["coverage_evidenced"]);
    }

    [Fact]
    public void Observations_OneRowPerObservation_WithItsSourceAndCoder()
    {
        var (_, rows) = Rfc4180.Read(Csv("observations"));

        Assert.Equal(fixture.Dataset.Ledger.Observations.Select(o => o.Id).Order(), rows.Select(r => r["observation_id"]).Order());
        var estimate = rows.Single(r => r["observation_id"] == "alpha-passports-2012");
        Assert.Equal("90", estimate["value"]);
        Assert.Equal("estimate", estimate["qualifier"]);
        Assert.Equal("O'Brien, K.", estimate["coder"]);
        Assert.Equal("0.7", estimate["confidence"]);
        Assert.Equal("2012-03", estimate["as_of_text"]);
        Assert.Equal("2012-03-01", estimate["as_of_start"]);
        Assert.Equal("2012-03-31", estimate["as_of_end"]);
        Assert.Equal("p. 4", estimate["locator"]);
        Assert.Equal("https://example.org/report?id=50%25#p3", estimate["source_url"]);
        Assert.Equal(fixture.Dataset.Ledger.FindSource("report-2012")!.Title, estimate["source_title"]);
        Assert.Equal("pledged", rows.Single(r => r["observation_id"] == "alpha-currency-pledge-2013")["status"]);
        Assert.Equal("tester", rows.Single(r => r["observation_id"] == "alpha-currency-2010")["coder"]);
    }

    [Fact]
    public void Observations_TextWithCommasQuotesAndLineBreaks_RoundTrips()
    {
        var (_, rows) = Rfc4180.Read(Csv("observations"));

        var original = fixture.Dataset.Ledger.Observations.Single(o => o.Id == "alpha-passports-2010").Note;
        Assert.Contains('\n', original!);
        Assert.Equal(original, rows.Single(r => r["observation_id"] == "alpha-passports-2010")["note"]);
    }

    [Fact]
    public void Files_UseCrLfAndQuoteOnlyWhenNeeded()
    {
        var text = File.ReadAllText(Csv("events"));

        Assert.StartsWith("event_id,type,date_text,date_start,", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"Treaty signed, \"\"at last\"\"\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_Sources_Codebook_AllRowsPresent()
    {
        Assert.Equal(fixture.Dataset.Ledger.Events.Count, Rfc4180.Read(Csv("events")).Rows.Count);
        var sources = Rfc4180.Read(Csv("sources")).Rows;
        Assert.Equal(fixture.Dataset.Ledger.Sources.Select(s => s.Id), sources.Select(s => s["source_id"]));
        Assert.Equal("Anna Smith | Jones, Bob", sources.Single(s => s["source_id"] == "report-2012")["authors"]);
        Assert.Equal("2", sources.Single(s => s["source_id"] == "report-2012")["n_observations"]);
        var indicators = Rfc4180.Read(Csv("indicators")).Rows;
        Assert.Equal("own=0; dual=0.5; patron=1", indicators.Single(i => i["indicator_id"] == "finance.currency")["anchors"]);
        Assert.Equal("true", indicators.Single(i => i["indicator_id"] == "finance.currency")["functional"]);
        var anchors = Rfc4180.Read(Csv("anchors")).Rows;
        Assert.Equal(3 + 2, anchors.Count);
        Assert.Equal("", anchors.Single(a => a["indicator_id"] == "status.formal_incorporation" && a["category"] == "yes")["score"]);
    }

    [Theory]
    [InlineData(0.00001, "0.00001")]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    public void Number_NeverUsesAnExponent(double value, string expected) => Assert.Equal(expected, CellText.Number(value));

    [Fact]
    public void Observations_StatusVocabulary_IsTheDataFilesOwn()
    {
        var (_, rows) = Rfc4180.Read(Csv("observations"));

        Assert.All(rows, r => Assert.Contains(r["status"], new[] { Vocabulary.Name(EvidenceStatus.InPlace), Vocabulary.Name(EvidenceStatus.Pledged) }));
    }
}
