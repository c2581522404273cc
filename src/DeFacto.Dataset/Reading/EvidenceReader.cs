using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;

namespace DeFacto.Dataset.Reading;

/// <summary>Reads an <c>evidence/*.yaml</c> file: one territory's observations and events.</summary>
internal static class EvidenceReader
{
    private static readonly string[] ObservationFields =
        ["id", "indicator", "value", "low", "high", "category", "unit", "qualifier", "status", "as_of", "since", "source", "locator", "quote", "confidence", "coder", "note"];

    private static readonly string[] EventFields = ["id", "type", "date", "parties", "title", "treaty", "ends", "source", "locator", "quote", "confidence", "note"];

    public static (List<Observation> Observations, List<Event> Events) Read(FieldReader root, ReadContext context, string file)
    {
        root.AllowOnly("territory", "coder", "observations", "events");
        var territory = root.String("territory", required: true);
        context.CheckPlace(root, "territory", territory, PlaceKind.Territory);
        var coder = root.String("coder");
        var observations = new List<Observation>();
        var events = new List<Event>();
        foreach (var item in root.Items("observations"))
        {
            if (ReadObservation(item, context, file, territory ?? "", coder) is { } o)
            {
                observations.Add(o);
            }
        }

        foreach (var item in root.Items("events"))
        {
            if (ReadEvent(item, context, file, territory) is { } e)
            {
                events.Add(e);
            }
        }

        return (observations, events);
    }

    private static Observation? ReadObservation(FieldReader r, ReadContext context, string file, string territory, string? fileCoder)
    {
        r.AllowOnly(ObservationFields);
        var id = r.String("id", required: true);
        if (id is not null)
        {
            context.Claim(id, r, file);
        }

        var indicator = ValueReader.ReadIndicator(r, context.Codebook);
        var value = ValueReader.Read(r, indicator);
        var qualifier = r.OneOf("qualifier", Vocabulary.Qualifiers);
        var status = r.OneOf("status", ["in-place", "pledged"], required: true);
        var asOf = r.Date("as_of", required: true);
        var since = r.Date("since");
        if (since is { } s && asOf is { } a && s.Start > a.End)
        {
            r.Problem("since", $"{s} is after as_of {a}: since starts the period the observation attests, as_of ends it");
        }

        context.CheckSource(r);
        var locator = r.String("locator", required: true);
        var quote = ValueReader.ReadQuote(r, required: true);
        var confidence = r.Number("confidence");
        if (confidence is < 0 or > 1)
        {
            r.Problem("confidence", "must lie between 0 and 1");
        }

        if (id is null || indicator is null || value is null || status is null || asOf is null || locator is null)
        {
            return null;
        }

        return new Observation
        {
            Id = id,
            Territory = territory,
            Indicator = indicator.Id,
            Value = value.Value,
            Unit = r.String("unit") ?? indicator.Unit,
            Qualifier = qualifier,
            Status = Vocabulary.ParseStatus(status)!.Value,
            AsOf = asOf.Value,
            Since = since,
            Source = r.String("source") ?? "",
            Locator = locator,
            Quote = quote,
            Coder = r.String("coder") ?? fileCoder,
            Confidence = confidence ?? 0.8,
            Note = r.String("note"),
        };
    }

    internal static Event? ReadEvent(FieldReader r, ReadContext context, string file, string? territory)
    {
        r.AllowOnly(EventFields);
        var id = r.String("id", required: true);
        if (id is not null)
        {
            context.Claim(id, r, file);
        }

        var type = r.OneOf("type", Vocabulary.EventTypes, required: true);
        var date = r.Date("date", required: true);
        var parties = r.Strings("parties", required: true);
        foreach (var party in parties)
        {
            context.CheckPlace(r, "parties", party);
        }

        var treaty = r.String("treaty");
        if (treaty is not null && !context.Treaties.Contains(treaty))
        {
            r.Problem("treaty", $"'{treaty}' is not a treaty in data/treaties/");
        }

        var ends = r.Has("ends") ? ReadEnds(r, context) : null;
        context.CheckSource(r);
        var title = r.String("title", required: true);
        var quote = ValueReader.ReadQuote(r, required: false);
        var confidence = r.Number("confidence");
        if (confidence is < 0 or > 1)
        {
            r.Problem("confidence", "must lie between 0 and 1");
        }

        if (id is null || type is null || date is null || title is null)
        {
            return null;
        }

        return new Event
        {
            Id = id,
            Type = type,
            Date = date.Value,
            Parties = parties,
            Title = title,
            Treaty = treaty,
            Ends = ends,
            Source = r.String("source") ?? "",
            Locator = r.String("locator"),
            Quote = quote,
            Note = r.String("note"),
            Confidence = confidence ?? 0.8,
            Territory = territory,
        };
    }

    /// <summary>The functional domains an event ends, each checked against the codebook.</summary>
    private static List<string> ReadEnds(FieldReader r, ReadContext context)
    {
        var domains = context.Codebook.FunctionalDomains.Select(d => d.Id).ToList();
        var ends = r.Strings("ends");
        foreach (var domain in ends.Where(d => !domains.Contains(d, StringComparer.Ordinal)))
        {
            var hint = Core.Similarity.Closest(domain, domains);
            r.Problem("ends", $"'{domain}' is not a functional domain (one of: {string.Join(", ", domains)})" + (hint.Count > 0 ? $"; did you mean {hint[0]}?" : ""));
        }

        return ends.Where(d => domains.Contains(d, StringComparer.Ordinal)).ToList();
    }
}
