using System.Text.RegularExpressions;
using DeFacto.Core.Evidence;
using DeFacto.Core.Reliability;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Dataset.Writing;

/// <summary>Writes further codings as <c>codings/*.yaml</c>, one file per coder, in the order they were coded.</summary>
internal static partial class CodingWriter
{
    /// <summary>The files, by name relative to the dataset folder.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Files(IReadOnlyList<ObservationCoding> codings) =>
        codings.GroupBy(c => FileName(c.Coder), StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create($"codings/{g.Key}.yaml", Write(g.ToList())));

    public static string Write(IReadOnlyList<ObservationCoding> codings)
    {
        var coders = codings.Select(c => c.Coder).Distinct(StringComparer.Ordinal).ToList();
        var fileCoder = coders.Count == 1 ? coders[0] : null;
        var root = new YamlMap().Text("coder", fileCoder);
        root.Add("codings", new YamlSequenceNode(codings.Select(c => (YamlNode)Entry(c, fileCoder))));
        return YamlDocumentText.Write(root.Node);
    }

    private static YamlMappingNode Entry(ObservationCoding c, string? fileCoder)
    {
        var map = new YamlMap()
            .Text("observation", c.Observation)
            .Text("coder", fileCoder is null ? c.Coder : null)
            .Value(c.Value)
            .Text("status", c.Status is { } s ? Vocabulary.Name(s) : null)
            .Text("qualifier", c.Qualifier)
            .Date("coded_on", c.CodedOn)
            .Quoted("note", c.Note);
        if (c.Resolution is { } r)
        {
            map.Add("resolution", new YamlMap().Value(r.Value).Quoted("reason", r.Reason).Text("by", r.By).Date("on", r.On).Node);
        }

        return map.Node;
    }

    private static string FileName(string coder)
    {
        var name = Unsafe().Replace(coder.ToLowerInvariant(), "-").Trim('-');
        return name.Length == 0 ? "coder" : name;
    }

    [GeneratedRegex("[^a-z0-9._-]+")]
    private static partial Regex Unsafe();
}
