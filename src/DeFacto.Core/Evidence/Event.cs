using DeFacto.Core.Time;

namespace DeFacto.Core.Evidence;

/// <summary>A dated change: a treaty signed, ratified or in force, a recognition, an annexation, a referendum, a law.</summary>
public sealed record Event
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required PartialDate Date { get; init; }

    public required IReadOnlyList<string> Parties { get; init; }

    public required string Title { get; init; }

    public string? Treaty { get; init; }

    public required string Source { get; init; }

    public string? Locator { get; init; }

    public string? Quote { get; init; }

    public string? Note { get; init; }

    public double Confidence { get; init; } = 0.8;

    /// <summary>The functional domains whose earlier evidence this event ends; null: the codebook's default for its type.</summary>
    public IReadOnlyList<string>? Ends { get; init; }

    /// <summary>The territory whose file holds the event, when it came from one.</summary>
    public string? Territory { get; init; }
}
