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
        var qualifier = r.OneOf("qualifier", context.Codebook.QualifierIds);
        var status = r.OneOf("status", ["in-place", "pledged"], required: true);
        var asOf = r.Date("as_of", required: true);
        var since = r.Date("since");
        if (asOf is { } a && Observation.SinceProblem(since, a) is { } late)
        {
            r.Problem("since", late);
        }

        context.CheckSource(r);
        var locator = r.String("locator", required: true);
        var quote = ValueReader.ReadQuote(r, required: true);
        var confidence = r.Number("confidence");
        if (confidence is { } c && Observation.ConfidenceProblem(c) is { } wrong)
        {
            r.Problem("confidence", wrong);
        }

        if (id is null || indicator is null || value is null || status is null || asOf is null || locator is null)
        {
            return null;
        }

        return Made(r, Observation.Create(
            id: id,
            territory: territory,
            indicator: indicator.Id,
            value: value.Value,
            status: Vocabulary.ParseStatus(status)!.Value,
            asOf: asOf.Value,
            source: r.String("source") ?? "",
            locator: locator,
            quote: quote,
            unit: r.String("unit") ?? indicator.Unit,
            qualifier: qualifier,
            since: since,
            coder: r.String("coder") ?? fileCoder,
            confidence: confidence ?? 0.8,
            note: r.String("note")));
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
        if (confidence is { } c && Observation.ConfidenceProblem(c) is { } wrong)
        {
            r.Problem("confidence", wrong);
        }

        if (id is null || type is null || date is null || title is null)
        {
            return null;
        }

        return Made(r, Event.Create(
            id: id,
            type: type,
            date: date.Value,
            parties: parties,
            title: title,
            source: r.String("source") ?? "",
            treaty: treaty,
            locator: r.String("locator"),
            quote: quote,
            note: r.String("note"),
            confidence: confidence ?? 0.8,
            ends: ends,
            territory: territory));
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

    /// <summary>
    /// The record the model's factory made; the fields were checked above, so a refusal here is a rule
    /// the reader does not check field by field, reported on the record.
    /// </summary>
    private static T? Made<T>(FieldReader r, Core.ParseResult<T> made)
        where T : class
    {
        if (made.TryGetValue(out var value))
        {
            return value;
        }

        r.Problem("id", made.Error!);
        return null;
    }
}
