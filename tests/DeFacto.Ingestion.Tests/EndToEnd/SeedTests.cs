using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.EndToEnd;

/// <summary>A development aid: the seed commentary against ../shared/seed/expected-facts.yaml, when the shared folder is present.</summary>
public sealed class SeedTests
{
    [Fact]
    public void Run_SeedCommentary_MeetsTheAcceptanceThresholds()
    {
        Assert.SkipWhen(Repo.Shared is null, "../shared is not beside the repository");
        var seed = Path.Combine(Repo.Shared!, "seed", "fiia-comment-9-2015.md");
        var expected = Expected.Load(Path.Combine(Repo.Shared!, "seed", "expected-facts.yaml"));

        var result = Datasets.Pipeline.Run(DocumentInput.FromBytes("fiia-comment-9-2015.md", File.ReadAllBytes(seed)));

        var score = Scorer.Run(result, expected);
        Assert.True(score.Recall >= 0.9, $"recall {score.Recall:0.00}; missed: {string.Join(" || ", score.Missed)}");
        Assert.True(score.Precision >= 0.8, $"precision {score.Precision:0.00}; wrong: {string.Join(" || ", score.Wrong)}");
        Assert.Equal("south-ossetia", result.Document.PrimaryTerritory);
        Assert.Equal("2015-03", result.Document.Published?.ToString());
    }

    [Fact]
    public void Run_SeedCommentary_EverySpanPointsAtItsQuoteInTheOriginal()
    {
        Assert.SkipWhen(Repo.Shared is null, "../shared is not beside the repository");
        var seed = Path.Combine(Repo.Shared!, "seed", "fiia-comment-9-2015.md");

        var result = Datasets.Pipeline.Run(DocumentInput.FromBytes("fiia-comment-9-2015.md", File.ReadAllBytes(seed)));

        Assert.NotEmpty(result.Observations);
        foreach (var fact in result.Observations)
        {
            var original = result.OriginalText.Substring(fact.Span.Start, fact.Span.Length);
            var firstWord = fact.Quote.Split(' ')[0];
            Assert.StartsWith(firstWord, original, StringComparison.Ordinal);
            Assert.True(fact.Quote.Split(' ').Length <= 12, fact.Quote);
        }
    }
}
