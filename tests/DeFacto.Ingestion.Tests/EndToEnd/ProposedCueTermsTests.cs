using DeFacto.Core.Coding;
using DeFacto.Ingestion.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Ingestion.Tests.EndToEnd;

/// <summary>
/// The cue terms proposed for data/codebook.yaml (tests/fixtures/ingestion/proposed-cue-terms.yaml),
/// applied in memory to the repository's codebook: the seed and the spec fixtures must still pass.
/// </summary>
public sealed class ProposedCueTermsTests
{
    private static readonly Lazy<IngestionPipeline> Pipeline = new(() =>
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Repo.Fixtures, "proposed-cue-terms.yaml")))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var indicators = Datasets.Codebook.Indicators.Select(indicator =>
        {
            if (!root.Children.TryGetValue(new YamlScalarNode(indicator.Id), out var node) || node is not YamlMappingNode proposal)
            {
                return indicator;
            }

            var cues = Strings(proposal, "cue_terms");
            var anchors = proposal.Children.TryGetValue(new YamlScalarNode("anchors"), out var a) && a is YamlMappingNode map ? map : null;
            return indicator with
            {
                CueTerms = cues,
                Anchors = indicator.Anchors.Select(anchor => anchors is not null && anchors.Children.ContainsKey(new YamlScalarNode(anchor.Id))
                    ? anchor with { Cues = Strings(anchors, anchor.Id) }
                    : anchor).ToList(),
            };
        }).ToList();
        return IngestionPipeline.Create(Datasets.Codebook with { Indicators = indicators }, Datasets.Registry);
    });

    [Fact]
    public void Run_SeedWithProposedCues_MeetsTheThresholds()
    {
        Assert.SkipWhen(Repo.Shared is null, "../shared is not beside the repository");
        var seed = Path.Combine(Repo.Shared!, "seed", "fiia-comment-9-2015.md");

        var result = Pipeline.Value.Run(DocumentInput.FromBytes("fiia-comment-9-2015.md", File.ReadAllBytes(seed)));

        var score = Scorer.Run(result, Expected.Load(Path.Combine(Repo.Shared!, "seed", "expected-facts.yaml")));
        Assert.True(score.Recall >= 0.9, string.Join(" || ", score.Missed));
        Assert.True(score.Precision >= 0.9, string.Join(" || ", score.Wrong));
    }

    [Theory]
    [MemberData(nameof(Fixtures.SpecFixtureTests.Documents), MemberType = typeof(Fixtures.SpecFixtureTests))]
    public void Run_SpecFixtureWithProposedCues_FindsEveryExpectedFact(string name)
    {
        var path = Path.Combine(Repo.Fixtures, "spec", name);

        var result = Pipeline.Value.Run(DocumentInput.FromBytes(name, File.ReadAllBytes(path)));

        var score = Scorer.Run(result, Expected.Load(Path.ChangeExtension(path, ".expected.yaml")), checkStatus: true);
        Assert.True(score.Recall >= 1.0, string.Join(" || ", score.Missed));
        Assert.True(score.Precision >= 0.75, string.Join(" || ", score.Wrong));
    }

    private static List<string> Strings(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value!).ToList()
            : [];
}
