using System.Globalization;
using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

namespace DeFacto.Storage.Records;

/// <summary>Turns model records into rows and back. Provenance is filled in by the writer.</summary>
internal static class RecordMapper
{
    public static SourceRow ToRow(Source s) => new()
    {
        Id = s.Id,
        Kind = s.Kind,
        Title = s.Title,
        Authors = Fingerprint.List(s.Authors),
        Publisher = s.Publisher,
        Container = s.Container,
        Number = s.Number,
        Published = s.Published?.ToString(),
        Url = s.Url,
        Accessed = s.Accessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Language = s.Language,
        Note = s.Note,
        Fingerprint = Fingerprint.Of(s),
    };

    public static Source ToModel(SourceRow r) => Stored("source", r.Id, Source.Create(r.Id, r.Kind, r.Title)) with
    {
        Authors = Fingerprint.ParseList(r.Authors),
        Publisher = r.Publisher,
        Container = r.Container,
        Number = r.Number,
        Published = Date(r.Published),
        Url = r.Url,
        Accessed = r.Accessed is null ? null : DateOnly.ParseExact(r.Accessed, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Language = r.Language,
        Note = r.Note,
    };

    public static ObservationRow ToRow(Observation o) => new()
    {
        Id = o.Id,
        Territory = o.Territory,
        Indicator = o.Indicator,
        ValuePoint = o.Value.Point,
        ValueLow = o.Value.Low,
        ValueHigh = o.Value.High,
        Category = o.Value.Category,
        Unit = o.Unit,
        Qualifier = o.Qualifier,
        Status = Vocabulary.Name(o.Status),
        AsOf = o.AsOf.ToString(),
        SourceId = o.Source,
        Locator = o.Locator,
        Quote = o.Quote,
        Coder = o.Coder,
        Confidence = o.Confidence,
        Note = o.Note,
        Since = o.Since?.ToString(),
        Fingerprint = Fingerprint.Of(o),
    };

    public static Observation ToModel(ObservationRow r) => Stored("observation", r.Id, Observation.Create(
        id: r.Id,
        territory: r.Territory,
        indicator: r.Indicator,
        value: Value("observation", r.Id, r.ValuePoint, r.ValueLow, r.ValueHigh, r.Category),
        status: Vocabulary.ParseStatus(r.Status) ?? EvidenceStatus.InPlace,
        asOf: Date(r.AsOf) ?? throw new LedgerException($"the ledger's observation {r.Id} has no readable as-of date ('{r.AsOf}')"),
        source: r.SourceId,
        locator: r.Locator,
        quote: r.Quote,
        unit: r.Unit,
        qualifier: r.Qualifier,
        since: Date(r.Since),
        coder: r.Coder,
        confidence: r.Confidence,
        note: r.Note));

    public static EventRow ToRow(Event e) => new()
    {
        Id = e.Id,
        Type = e.Type,
        Date = e.Date.ToString(),
        Parties = Fingerprint.List(e.Parties),
        Title = e.Title,
        TreatyId = e.Treaty,
        SourceId = e.Source,
        Locator = e.Locator,
        Quote = e.Quote,
        Confidence = e.Confidence,
        Note = e.Note,
        Territory = e.Territory,
        Ends = e.Ends is null ? null : Fingerprint.List(e.Ends),
        Fingerprint = Fingerprint.Of(e),
    };

    public static Event ToModel(EventRow r) => Stored("event", r.Id, Event.Create(
        id: r.Id,
        type: r.Type,
        date: Date(r.Date) ?? throw new LedgerException($"the ledger's event {r.Id} has no readable date ('{r.Date}')"),
        parties: Fingerprint.ParseList(r.Parties),
        title: r.Title,
        source: r.SourceId,
        treaty: r.TreatyId,
        locator: r.Locator,
        quote: r.Quote,
        note: r.Note,
        confidence: r.Confidence,
        ends: r.Ends is null ? null : Fingerprint.ParseList(r.Ends),
        territory: r.Territory));

    public static TreatyRow ToRow(Treaty t) => new()
    {
        Id = t.Id,
        Title = t.Title,
        Parties = Fingerprint.List(t.Parties),
        Signed = t.SignedOn?.ToString(),
        InForce = t.InForce?.ToString(),
        Term = t.Term,
        SourceId = t.Source,
        Locator = t.Locator,
        Note = t.Note,
        Fingerprint = Fingerprint.Of(t),
    };

    public static IEnumerable<RatificationRow> Ratifications(Treaty t) =>
        t.Ratified.Select((r, i) => new RatificationRow { TreatyId = t.Id, Position = i, Party = r.Party, Date = r.Date.ToString() });

    public static IEnumerable<ProvisionRow> Provisions(Treaty t) => t.Provisions.Select((p, i) => new ProvisionRow
    {
        Id = p.Id,
        TreatyId = t.Id,
        Position = i,
        Article = p.Article,
        Territory = p.Territory,
        Indicator = p.Indicator,
        ValuePoint = p.Value.Point,
        ValueLow = p.Value.Low,
        ValueHigh = p.Value.High,
        Category = p.Value.Category,
        Unit = p.Unit,
        Obligation = p.Obligation,
        SourceId = p.Source,
        Locator = p.Locator,
        Quote = p.Quote,
        Note = p.Note,
    });

    public static Treaty ToModel(TreatyRow r, IEnumerable<RatificationRow> ratifications, IEnumerable<ProvisionRow> provisions) => new()
    {
        Id = r.Id,
        Title = r.Title,
        Parties = Fingerprint.ParseList(r.Parties),
        SignedOn = Date(r.Signed),
        InForce = Date(r.InForce),
        Term = r.Term,
        Source = r.SourceId,
        Locator = r.Locator,
        Note = r.Note,
        Ratified = ratifications.OrderBy(x => x.Position).Select(x => new Ratification(x.Party, Date(x.Date)!.Value)).ToList(),
        Provisions = provisions.OrderBy(x => x.Position).Select(p => new Provision
        {
            Id = p.Id,
            Article = p.Article,
            Territory = p.Territory,
            Indicator = p.Indicator,
            Value = Value("provision", p.Id, p.ValuePoint, p.ValueLow, p.ValueHigh, p.Category),
            Unit = p.Unit,
            Obligation = p.Obligation,
            Source = p.SourceId,
            Locator = p.Locator,
            Quote = p.Quote,
            Note = p.Note,
        }).ToList(),
    };

    /// <summary>A stored value, made by the model's factory; a row no factory accepts is a damaged ledger, said as such.</summary>
    public static ObservedValue Value(string kind, object id, double? point, double? low, double? high, string? category) =>
        Stored(kind, id, ObservedValue.Create(point, low, high, category));

    private static T Stored<T>(string kind, object id, Core.ParseResult<T> made) =>
        made.TryGetValue(out var value) ? value : throw new LedgerException($"the ledger's {kind} {id} breaks the model's rules ({made.Error}): restore it from a backup or fix the row");

    private static PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text) is { Success: true } p ? p.Value : null;
}
