namespace DeFacto.Core.Evidence;

/// <summary>The rule for a quote that backs a figure: verbatim, and at most <see cref="MaxWords"/> words.</summary>
public static class Quotes
{
    public const int MaxWords = 12;

    public static int Words(string quote) => (quote ?? throw new ArgumentNullException(nameof(quote)))
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Why the quote breaks the rule, or null when it keeps it (a missing quote keeps it).</summary>
    public static string? Problem(string? quote) =>
        quote is not null && Words(quote) > MaxWords ? $"the quote is longer than {MaxWords} words: quote only the phrase that holds the figure" : null;
}
