using DeFacto.Core.Time;

namespace DeFacto.Core.Evidence;

/// <summary>A bibliographic record that exports to CSL-JSON and BibTeX.</summary>
public sealed record Source
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Publisher { get; init; }

    public string? Container { get; init; }

    public string? Number { get; init; }

    public PartialDate? Published { get; init; }

    public string? Url { get; init; }

    /// <summary>The day a coder read the source at <see cref="Url"/> (BibTeX <c>urldate</c>, CSL <c>accessed</c>); optional.</summary>
    public DateOnly? Accessed { get; init; }

    public string? Language { get; init; }

    public string? Note { get; init; }
}
