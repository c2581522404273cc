using DeFacto.Core.Evidence;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Dataset.Writing;

/// <summary>Writes one territory's observations and events as an <c>evidence/*.yaml</c> file.</summary>
internal static class EvidenceWriter
{
    private const double DefaultConfidence = 0.8;

    public static string Write(string territory, IReadOnlyList<Observation> observations, IReadOnlyList<Event> events)
    {
        // A file-level coder only when every observation shares it; otherwise each names its own.
        var coders = observations.Select(o => o.Coder).Distinct().ToList();
        var fileCoder = coders.Count == 1 ? coders[0] : null;
        var root = new YamlMap().Text("territory", territory).Text("coder", fileCoder);
        if (observations.Count > 0)
        {
            root.Add("observations", new YamlSequenceNode(observations.Select(o => (YamlNode)Observation(o, fileCoder))));
        }

        if (events.Count > 0)
        {
            root.Add("events", new YamlSequenceNode(events.Select(e => (YamlNode)Event(e))));
        }

        return YamlDocumentText.Write(root.Node);
    }

    private static YamlMappingNode Observation(Observation o, string? fileCoder) => new YamlMap()
        .Text("id", o.Id)
        .Text("indicator", o.Indicator)
        .Value(o.Value)
        .Text("unit", o.Unit)
        .Text("qualifier", o.Qualifier)
        .Text("status", Vocabulary.Name(o.Status))
        .Date("as_of", o.AsOf)
        .Date("since", o.Since)
        .Text("source", o.Source)
        .Quoted("locator", o.Locator)
        .Quoted("quote", o.Quote)
        .Number("confidence", Confidence(o.Confidence))
        .Text("coder", fileCoder is null ? o.Coder : null)
        .Quoted("note", o.Note)
        .Node;

    private static YamlMappingNode Event(Event e) => new YamlMap()
        .Text("id", e.Id)
        .Text("type", e.Type)
        .Date("date", e.Date)
        .Add("parties", YamlText.FlowList(e.Parties))
        .Quoted("title", e.Title)
        .Text("treaty", e.Treaty)
        .ListOrNone("ends", e.Ends)
        .Text("source", e.Source.Length == 0 ? null : e.Source)
        .Quoted("locator", e.Locator)
        .Quoted("quote", e.Quote)
        .Number("confidence", Confidence(e.Confidence))
        .Quoted("note", e.Note)
        .Node;

    private static double? Confidence(double value) => value.Equals(DefaultConfidence) ? null : value;
}
