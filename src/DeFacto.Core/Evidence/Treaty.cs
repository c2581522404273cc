using DeFacto.Core.Time;

namespace DeFacto.Core.Evidence;

/// <summary>A treaty with its parties, dates and coded provisions.</summary>
public sealed record Treaty
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<string> Parties { get; init; }

    public PartialDate? SignedOn { get; init; }

    public IReadOnlyList<Ratification> Ratified { get; init; } = [];

    public PartialDate? InForce { get; init; }

    public string? Term { get; init; }

    public required string Source { get; init; }

    public string? Locator { get; init; }

    public IReadOnlyList<Provision> Provisions { get; init; } = [];

    public string? Note { get; init; }

    /// <summary>When its provisions start to bind: entry into force, else signature.</summary>
    public PartialDate? EffectiveFrom => InForce ?? SignedOn;

    /// <summary>Each provision as a pledged observation of its territory, dated from <see cref="EffectiveFrom"/>.</summary>
    public IEnumerable<Observation> PledgedObservations()
    {
        if (EffectiveFrom is not { } from)
        {
            yield break;
        }

        foreach (var p in Provisions)
        {
            yield return Observation.Create(
                id: p.Id,
                territory: p.Territory,
                indicator: p.Indicator,
                value: p.Value,
                status: EvidenceStatus.Pledged,
                asOf: from,
                source: p.Source,
                locator: p.Article is null || p.Locator.Contains("Art", StringComparison.OrdinalIgnoreCase) ? p.Locator : $"Art. {p.Article}; {p.Locator}",
                quote: p.Quote,
                unit: p.Unit,
                confidence: p.Obligation == "binding" ? 0.9 : p.Obligation == "best-effort" ? 0.7 : 0.5,
                note: p.Note,
                provision: p.Id,
                coder: "treaty:" + Id,
                signedOn: SignedOn,
                inForceOn: InForce).Value;
        }
    }

    /// <summary>The treaty's own dates as events: signed, ratified by each party, in force.</summary>
    public IEnumerable<Event> DatedEvents()
    {
        if (SignedOn is { } signed)
        {
            yield return MakeEvent("signed", "treaty-signed", signed, Parties, $"{Title} signed");
        }

        foreach (var r in Ratified)
        {
            yield return MakeEvent($"ratified-{r.Party}", "treaty-ratified", r.Date, Parties, $"{Title} ratified by {r.Party}");
        }

        if (InForce is { } inForce)
        {
            yield return MakeEvent("in-force", "treaty-in-force", inForce, Parties, $"{Title} enters into force");
        }
    }

    private Event MakeEvent(string suffix, string type, PartialDate date, IReadOnlyList<string> parties, string title) =>
        Event.Create($"{Id}-{suffix}", type, date, parties, title, Source, treaty: Id, locator: Locator).Value;
}
