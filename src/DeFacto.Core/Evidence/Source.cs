using DeFacto.Core.Time;

namespace DeFacto.Core.Evidence;

/// <summary>A bibliographic record that exports to CSL-JSON and BibTeX.</summary>
/// <remarks>Made only by <see cref="Create"/>, which keeps its rules: an id, a known kind, a title.</remarks>
public sealed record Source
{
    private Source()
    {
    }

    public string Id { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Title { get; init; } = "";

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

    /// <summary>A source, or every rule its parts break (joined by "; "). Optional parts are set with <c>with</c>.</summary>
    public static ParseResult<Source> Create(string id, string kind, string title)
    {
        return new Rules()
            .Require("id", id)
            .Check(Vocabulary.SourceKinds.Contains(kind) ? null : $"kind '{kind}' is not one of {string.Join(", ", Vocabulary.SourceKinds)}")
            .Require("title", title)
            .Make(() => new Source { Id = id, Kind = kind, Title = title });
    }
}
