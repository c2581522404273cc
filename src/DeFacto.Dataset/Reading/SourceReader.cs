using DeFacto.Core.Evidence;

namespace DeFacto.Dataset.Reading;

/// <summary>Reads a <c>sources/*.yaml</c> file.</summary>
internal static class SourceReader
{
    public static IEnumerable<(Source Source, FieldReader At)> Read(FieldReader root)
    {
        root.AllowOnly("sources");
        foreach (var item in root.Items("sources", required: true))
        {
            item.AllowOnly("id", "kind", "title", "author", "publisher", "container", "number", "published", "url", "language", "note", "accessed");
            var id = item.String("id", required: true);
            var kind = item.OneOf("kind", Vocabulary.SourceKinds, required: true);
            var title = item.String("title", required: true);
            var url = item.String("url");
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                item.Problem("url", $"'{url}' is not an absolute address");
            }

            if (id is null || kind is null || title is null)
            {
                continue;
            }

            if (!Ids.IsValid(id))
            {
                item.Problem("id", $"'{id}' should be lower-case kebab-case");
            }

            var made = Source.Create(id, kind, title);
            if (!made.TryGetValue(out var source))
            {
                item.Problem("id", made.Error!);
                continue;
            }

            yield return (source with
            {
                Authors = item.Strings("author"),
                Publisher = item.String("publisher"),
                Container = item.String("container"),
                Number = item.String("number"),
                Published = item.Date("published"),
                Url = url,
                Language = item.String("language"),
                Note = item.String("note"),
            }, item);
        }
    }
}
