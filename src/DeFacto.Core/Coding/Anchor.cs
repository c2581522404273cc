namespace DeFacto.Core.Coding;

/// <summary>One category of an ordinal, binary or categorical indicator and the score it maps to
/// (none for de jure status categories, which are never scored).</summary>
public sealed record Anchor(string Id, double? Score, string Label)
{
    /// <summary>Phrases that signal this category in a document (used by extraction).</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>Who holds the function when this category applies; unknown for status categories.</summary>
    public Holder Holder { get; init; } = Holder.Unknown;
}
