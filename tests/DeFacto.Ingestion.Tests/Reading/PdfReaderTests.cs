using DeFacto.Ingestion.Reading;
using DeFacto.Ingestion.Tests.Support;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DeFacto.Ingestion.Tests.Reading;

public sealed class PdfReaderTests
{
    private static byte[] BuildPdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new UglyToad.PdfPig.Core.PdfPoint(50, y), font);
                y -= 16;
            }
        }

        return builder.Build();
    }

    [Fact]
    public void Read_BuiltPdf_ExtractsTheTextOfEveryPage()
    {
        var pdf = BuildPdf(["Russia keeps some 3,500 soldiers"], ["in Abkhazia."]);

        var outcome = new PdfReader().Read(new RawDocument("x.pdf", pdf, null));

        Assert.NotNull(outcome.Document);
        Assert.Contains("3,500 soldiers", outcome.Document!.Original, StringComparison.Ordinal);
        Assert.Contains('\f', outcome.Document.Original);
    }

    [Fact]
    public void Run_PdfWithRunningHeaderAndSentenceAcrossPages_ExtractsTheFigure()
    {
        var pdf = BuildPdf(
            ["Quarterly Monitor", "In the breakaway region of Abkhazia, the Russian military keeps"],
            ["Quarterly Monitor", "some 3,500 soldiers at its base in Gudauta."],
            ["Quarterly Monitor", "The population is about 240,000 inhabitants."]);

        var result = Datasets.Pipeline.Run(DocumentInput.FromBytes("monitor.pdf", pdf));

        Assert.Empty(result.Errors);
        Assert.Equal("pdf", result.Document.Format);
        var troops = Assert.Single(result.Observations, o => o.Indicator == "security.patron_troops");
        Assert.Equal(3500, troops.Value);
        Assert.Equal("abkhazia", troops.Territory);
        Assert.Equal("approximate", troops.Qualifier);
        Assert.Contains(result.Observations, o => o.Indicator == "population.residents" && o.Value == 240000);
        Assert.DoesNotContain("Quarterly Monitor", troops.Quote, StringComparison.Ordinal);
    }
}
