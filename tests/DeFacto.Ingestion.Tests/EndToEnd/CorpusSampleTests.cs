using System.Globalization;
using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.EndToEnd;

/// <summary>
/// Recall and precision over an annotated sample of ../shared/corpus (tests/fixtures/ingestion/corpus-sample),
/// pooled over the sample. Real prose nobody here wrote: the bar is lower than for the seed, and the
/// figures are printed for the closing note.
/// </summary>
public sealed class CorpusSampleTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_AnnotatedCorpusSample_MeetsAModestBar()
    {
        var corpus = Repo.Shared is { } shared ? Path.Combine(shared, "corpus") : null;
        Assert.SkipWhen(corpus is null || !Directory.Exists(corpus), "../shared/corpus is not beside the repository");
        int found = 0, required = 0, correct = 0, candidates = 0;
        foreach (var annotation in Directory.GetFiles(Path.Combine(Repo.Fixtures, "corpus-sample"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(annotation) + ".txt";
            var result = Datasets.Pipeline.Run(DocumentInput.FromBytes(name, File.ReadAllBytes(Path.Combine(corpus!, name))));
            var score = Scorer.Run(result, Expected.Load(annotation));
            (found, required, correct, candidates) = (found + score.Found, required + score.Required, correct + score.Correct, candidates + score.Candidates);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: recall {score.Recall:0.00} precision {score.Precision:0.00}"));
            foreach (var miss in score.Missed)
            {
                output.WriteLine("   missed: " + miss);
            }

            foreach (var wrong in score.Wrong)
            {
                output.WriteLine("   unmatched: " + wrong);
            }
        }

        var recall = (double)found / required;
        var precision = (double)correct / candidates;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pooled: recall {recall:0.00} ({found}/{required}), precision {precision:0.00} ({correct}/{candidates})"));
        Assert.True(recall >= 0.6, $"recall {recall:0.00}");
        Assert.True(precision >= 0.6, $"precision {precision:0.00}");
    }
}
