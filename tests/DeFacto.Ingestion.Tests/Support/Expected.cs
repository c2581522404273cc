using YamlDotNet.RepresentationModel;

namespace DeFacto.Ingestion.Tests.Support;

/// <summary>An expected-facts file (the seed's format): observations and events an analyst would code.</summary>
internal sealed record Expected(
    IReadOnlyDictionary<string, string> Document,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Observations,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Events)
{
    public static Expected Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return new Expected(Map(root, "document").ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? ""), List(root, "observations"), List(root, "events"));
    }

    private static Dictionary<string, object?> Map(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode map ? Convert(map) : [];

    private static List<IReadOnlyDictionary<string, object?>> List(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
            ? seq.Children.OfType<YamlMappingNode>().Select(m => (IReadOnlyDictionary<string, object?>)Convert(m)).ToList()
            : [];

    private static Dictionary<string, object?> Convert(YamlMappingNode map) =>
        map.Children.ToDictionary(
            kv => ((YamlScalarNode)kv.Key).Value!,
            kv => kv.Value switch
            {
                YamlScalarNode s => s.Value,
                YamlSequenceNode q => q.Children.OfType<YamlScalarNode>().Select(x => x.Value!).ToList(),
                _ => (object?)null,
            });
}
