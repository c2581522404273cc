using DeFacto.Core.Evidence;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Dataset.Writing;

/// <summary>Writes one treaty, its dates and its coded provisions as a <c>treaties/*.yaml</c> file.</summary>
internal static class TreatyWriter
{
    public static string Write(Treaty t)
    {
        var root = new YamlMap()
            .Text("id", t.Id)
            .Quoted("title", t.Title)
            .Add("parties", YamlText.FlowList(t.Parties))
            .Date("signed", t.SignedOn);
        if (t.Ratified.Count > 0)
        {
            root.Add("ratified", new YamlSequenceNode(t.Ratified.Select(r =>
            {
                var entry = new YamlMap().Text("party", r.Party).Date("date", r.Date).Node;
                entry.Style = MappingStyle.Flow;
                return (YamlNode)entry;
            })));
        }

        root.Date("in_force", t.InForce)
            .Quoted("term", t.Term)
            .Text("source", t.Source.Length == 0 ? null : t.Source)
            .Quoted("locator", t.Locator)
            .Quoted("note", t.Note);
        if (t.Provisions.Count > 0)
        {
            root.Add("provisions", new YamlSequenceNode(t.Provisions.Select(p => (YamlNode)Provision(p))));
        }

        return YamlDocumentText.Write(root.Node);
    }

    private static YamlMappingNode Provision(Provision p) => new YamlMap()
        .Text("id", p.Id)
        .Quoted("article", p.Article)
        .Text("territory", p.Territory)
        .Text("indicator", p.Indicator)
        .Value(p.Value)
        .Text("unit", p.Unit)
        .Text("obligation", p.Obligation)
        .Text("source", p.Source.Length == 0 ? null : p.Source)
        .Quoted("locator", p.Locator)
        .Quoted("quote", p.Quote)
        .Quoted("note", p.Note)
        .Node;
}
