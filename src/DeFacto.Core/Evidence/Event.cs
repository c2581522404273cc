using DeFacto.Core.Time;

namespace DeFacto.Core.Evidence;

/// <summary>A dated change: a treaty signed, ratified or in force, a recognition, an annexation, a referendum, a law.</summary>
/// <remarks>
/// Made only by <see cref="Create"/>, which keeps its rules: an id, a known type, a title and a source;
/// a quote of at most <see cref="Quotes.MaxWords"/> words; a confidence in [0, 1].
/// </remarks>
public sealed record Event
{
    private Event()
    {
    }

    public string Id { get; init; } = "";

    public string Type { get; init; } = "";

    public PartialDate Date { get; init; }

    public IReadOnlyList<string> Parties { get; init; } = [];

    public string Title { get; init; } = "";

    public string? Treaty { get; init; }

    public string Source { get; init; } = "";

    public string? Locator { get; init; }

    public string? Quote { get; init; }

    public string? Note { get; init; }

    public double Confidence { get; init; } = 0.8;

    /// <summary>The functional domains whose earlier evidence this event ends; null: the codebook's default for its type.</summary>
    public IReadOnlyList<string>? Ends { get; init; }

    /// <summary>The territory whose file holds the event, when it came from one.</summary>
    public string? Territory { get; init; }

    /// <summary>An event, or every rule its parts break (joined by "; ").</summary>
    public static ParseResult<Event> Create(
        string id, string type, PartialDate date, IReadOnlyList<string> parties, string title, string source,
        string? treaty = null, string? locator = null, string? quote = null, string? note = null, double confidence = 0.8,
        IReadOnlyList<string>? ends = null, string? territory = null)
    {
        ArgumentNullException.ThrowIfNull(parties);
        return new Rules()
            .Require("id", id)
            .Check(Vocabulary.EventTypes.Contains(type) ? null : $"type '{type}' is not one of {string.Join(", ", Vocabulary.EventTypes)}")
            .Require("title", title).Require("source", source).Quote(quote).Confidence(confidence)
            .Make(() => new Event
            {
                Id = id,
                Type = type,
                Date = date,
                Parties = parties,
                Title = title,
                Source = source,
                Treaty = treaty,
                Locator = locator,
                Quote = quote,
                Note = note,
                Confidence = confidence,
                Ends = ends,
                Territory = territory,
            });
    }
}
