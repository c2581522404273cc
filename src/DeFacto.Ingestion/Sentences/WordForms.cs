namespace DeFacto.Ingestion.Sentences;

/// <summary>
/// A per-thread cache of each word's lower-case form and stem, so that a word seen before costs one
/// hash lookup and no allocation. Bounded: past the limit it starts afresh.
/// </summary>
internal static class WordForms
{
    private const int MaxEntries = 100_000;

    [ThreadStatic]
    private static Dictionary<string, (string Lower, string Stem)>? _cache;

    public static (string Lower, string Stem) Of(ReadOnlySpan<char> lower)
    {
        var cache = _cache ??= new Dictionary<string, (string Lower, string Stem)>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lower, out var forms))
        {
            return forms;
        }

        if (cache.Count >= MaxEntries)
        {
            cache.Clear();
        }

        var text = lower.ToString();
        forms = (text, Stemmer.Stem(text));
        cache[text] = forms;
        return forms;
    }
}
