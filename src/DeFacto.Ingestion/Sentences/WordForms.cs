namespace DeFacto.Ingestion.Sentences;

/// <summary>
/// A per-thread cache of each word's forms as written, in lower case and stemmed, keyed by the word as
/// written: a word seen before costs one hash lookup, no lower-casing and no allocation (a capitalised
/// name too). Bounded: past the limit it starts afresh.
/// </summary>
internal static class WordForms
{
    private const int MaxEntries = 100_000;

    [ThreadStatic]
    private static Dictionary<string, Forms>? _cache;

    [ThreadStatic]
    private static char[]? _buffer;

    public static Forms Of(ReadOnlySpan<char> word)
    {
        var cache = _cache ??= new Dictionary<string, Forms>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var forms))
        {
            return forms;
        }

        if (cache.Count >= MaxEntries)
        {
            cache.Clear();
        }

        var buffer = _buffer is { } b && b.Length >= word.Length ? b : _buffer = new char[Math.Max(64, word.Length)];
        var lower = buffer.AsSpan(0, word.Length);
        word.ToLowerInvariant(lower);

        // The lower-case form is a word of its own: share its strings with it.
        Forms lowerForms;
        if (word.SequenceEqual(lower))
        {
            var text = word.ToString();
            lowerForms = new Forms(text, text, Stemmer.Stem(text));
        }
        else if (!lookup.TryGetValue(lower, out lowerForms))
        {
            var text = lower.ToString();
            lowerForms = new Forms(text, text, Stemmer.Stem(text));
            cache[text] = lowerForms;
        }

        forms = word.SequenceEqual(lower) ? lowerForms : lowerForms with { Text = word.ToString() };
        cache[forms.Text] = forms;
        return forms;
    }

    /// <summary>A word as written, in lower case (invariant culture) and stemmed.</summary>
    internal readonly record struct Forms(string Text, string Lower, string Stem);
}
