using DeFacto.Core.Evidence;
using DeFacto.Core.Time;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Dataset.Writing;

/// <summary>Writes bibliographic records as a <c>sources/*.yaml</c> file.</summary>
internal static class SourceWriter
{
    public static string Write(IEnumerable<Source> sources)
    {
        var list = new YamlSequenceNode(sources.Select(s => (YamlNode)new YamlMap()
            .Text("id", s.Id)
            .Text("kind", s.Kind)
            .Quoted("title", s.Title)
            .List("author", s.Authors)
            .Quoted("publisher", s.Publisher)
            .Quoted("container", s.Container)
            .Quoted("number", s.Number)
            .Date("published", s.Published)
            .Quoted("url", s.Url)
            .Date("accessed", s.Accessed is { } a ? PartialDate.FromDate(a) : null)
            .Text("language", s.Language)
            .Quoted("note", s.Note)
            .Node));
        return YamlDocumentText.Write(new YamlMap().Add("sources", list).Node);
    }
}
