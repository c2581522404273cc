using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.Fixtures;

/// <summary>Spec as data: each tests/fixtures/ingestion/spec/NAME.(txt|md|html) comes with NAME.expected.yaml.</summary>
public sealed class SpecFixtureTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Fixtures, "spec")).Where(f => !f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Run_SpecFixture_FindsEveryExpectedFactWithFewFalseOnes(string name)
    {
        var path = Path.Combine(Repo.Fixtures, "spec", name);
        var expected = Expected.Load(Path.ChangeExtension(path, ".expected.yaml"));

        var result = Datasets.Pipeline.Run(DocumentInput.FromBytes(name, File.ReadAllBytes(path)));

        var score = Scorer.Run(result, expected, checkStatus: true);
        Assert.True(score.Recall >= 1.0, $"missed: {string.Join(" || ", score.Missed)}");
        Assert.True(score.Precision >= 0.75, $"precision {score.Precision:0.00}; wrong: {string.Join(" || ", score.Wrong)}");
        if (expected.Document.TryGetValue("primary_territory", out var territory))
        {
            Assert.Equal(territory, result.Document.PrimaryTerritory);
        }

        if (expected.Document.TryGetValue("published", out var published))
        {
            Assert.Equal(published, result.Document.Published?.ToString());
        }
    }
}
