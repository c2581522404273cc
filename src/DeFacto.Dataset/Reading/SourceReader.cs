using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

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

            var published = item.Date("published");
            var accessed = Accessed(item, published);
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
                Published = published,
                Url = url,
                Accessed = accessed,
                Language = item.String("language"),
                Note = item.String("note"),
            }, item);
        }
    }

    /// <summary>
    /// The day the source was read: a whole date, not later than today anywhere on Earth (UTC+14, so a
    /// coder east of Greenwich is not refused), and not before the source's own date.
    /// </summary>
    private static DateOnly? Accessed(FieldReader item, PartialDate? published)
    {
        var accessed = item.Date("accessed");
        if (accessed is null)
        {
            return null;
        }

        if (accessed.Value.Precision != DatePrecision.Day)
        {
            item.Problem("accessed", $"'{accessed}' is not a whole date: give the day the source was read, YYYY-MM-DD");
            return null;
        }

        var day = accessed.Value.Start;
        var latest = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(14));
        if (day > latest)
        {
            item.Problem("accessed", $"{accessed.Value} is in the future: give the day the source was read, YYYY-MM-DD");
            return null;
        }

        if (published is { } p && day < p.Start)
        {
            item.Problem("accessed", $"{accessed.Value} is before the source's own date ({p}): a source cannot be read before it is published; check both dates");
            return null;
        }

        return day;
    }
}
