using DeFacto.Core.Evidence;
using DeFacto.Ingestion.Tests.Support;
using DeFacto.Ingestion.Text;
using DeFacto.Ingestion.Treaties;

namespace DeFacto.Ingestion.Tests.Treaties;

public sealed class TreatySplitterTests
{
    [Fact]
    public void Split_EnglishArticlesAndParagraphs_AreNumbered()
    {
        var text = "Preamble text.\nArticle 1\n1. First point.\n2. Second point.\nARTICLE IV\nOnly text.";

        var articles = TreatySplitter.Split(MappedText.Identity(text));

        Assert.Equal(["1", "4"], articles.Select(a => a.Number));
        Assert.Equal(["1", "2"], articles[0].Paragraphs.Select(p => p.Number));
        Assert.StartsWith("Article 1", text.Substring(articles[0].Span.Start, articles[0].Span.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Split_RussianArticles_AreFound()
    {
        var text = "Статья 3\n1. Стороны обязуются сотрудничать.\nСтатья 5\nТекст.";

        Assert.Equal(["3", "5"], TreatySplitter.Split(MappedText.Identity(text)).Select(a => a.Number));
    }

    [Fact]
    public void Run_TreatyText_CodesProvisionsAsPledgesWithTheirArticle()
    {
        var text = "Article 1\nThe Parties agree on friendship.\n\nArticle 2\n1. Friendship matters.\n2. North Enclave hosts 1,000 troops.";

        var fact = Assert.Single(TestCodebook.Pipeline.Run(DocumentInput.FromText("treaty.txt", text)).Observations);

        Assert.Equal(EvidenceStatus.Pledged, fact.Status);
        Assert.Equal("2.2", fact.Article);
    }

    [Fact]
    public void Run_RussianTreaty_FindsArticlesAndThePlace()
    {
        var text = "Статья 1\nСтороны подтверждают дружбу.\nСтатья 2\nСеверный Анклав принимает 1000 soldiers.";

        var result = TestCodebook.Pipeline.Run(DocumentInput.FromText("treaty.txt", text));

        Assert.Equal(2, result.Articles.Count);
        Assert.Equal("north-enclave", Assert.Single(result.Observations).Territory);
    }
}
