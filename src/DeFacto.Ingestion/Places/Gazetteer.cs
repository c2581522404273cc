using DeFacto.Core.Registry;
using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Places;

/// <summary>
/// Finds the registry's places in a sentence by their names, aliases, capitals and adjectives, longest
/// name first. Latin names match case-sensitively (they are proper nouns, and "RSO" is not "rso");
/// Cyrillic names match by stem, so that case endings ("Южной Осетии") still find the place.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, List<Entry>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly HashSet<char> _lowerInitials;
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordLookup;

    public Gazetteer(PlaceRegistry registry)
    {
        Registry = registry;
        foreach (var place in registry.Places)
        {
            foreach (var name in place.Names)
            {
                Add(place.Id, name, adjective: false);
            }

            foreach (var adjective in place.Adjectives)
            {
                Add(place.Id, adjective, adjective: true);
            }
        }

        _lowerInitials = _byFirstWord.Keys.Where(k => k.Length > 0 && char.IsLower(k[0]) && k != "the").Select(k => k[0]).ToHashSet();
        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        _byFirstWordLookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public PlaceRegistry Registry { get; }

    public List<PlaceMention> Find(List<Token> tokens)
    {
        var mentions = new List<PlaceMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Proper names start with a capital; Russian and German adjectives of a place ("российский") do not.
            if (!tokens[i].IsWord || (!char.IsUpper(tokens[i].Text[0]) && tokens[i].Text is not "the" && !HasLowerEntries(tokens[i].Text)))
            {
                continue;
            }

            var best = Best(tokens, i);
            if (best is { } found)
            {
                mentions.Add(new PlaceMention(found.PlaceId, i, found.Words.Length, tokens[i].Start, tokens[i + found.Words.Length - 1].End, found.Adjective));
                i += found.Words.Length - 1;
            }
        }

        return mentions;
    }

    /// <summary>Text that every mention of a place contains (its first word, or that word's Cyrillic stem): for a character pre-filter.</summary>
    public IEnumerable<string> Needles()
    {
        foreach (var entry in _byFirstWord.Values.SelectMany(l => l))
        {
            var first = entry.Words[0] == "the" && entry.Words.Length > 1 ? entry.Words[1] : entry.Words[0];
            yield return IsCyrillic(first) ? CyrillicKey(first) : first;
        }
    }

    private bool HasLowerEntries(string word) => IsCyrillic(word) || (_lowerInitials.Contains(word[0]) && _byFirstWord.ContainsKey(word));

    private Entry? Best(List<Token> tokens, int i)
    {
        Entry? best = null;
        var word = tokens[i].Text;
        if (!IsCyrillic(word))
        {
            Consider(word, tokens, i, ref best);
            if (word.Length > 2 && word[^1] == 's')
            {
                Consider(word.AsSpan(0, word.Length - 1), tokens, i, ref best);
            }

            return best;
        }

        foreach (var key in Keys(word))
        {
            Consider(key, tokens, i, ref best);
        }

        return best;
    }

    private void Consider(ReadOnlySpan<char> key, List<Token> tokens, int i, ref Entry? best)
    {
        if (!_byFirstWordLookup.TryGetValue(key, out var entries))
        {
            return;
        }

        foreach (var entry in entries)
        {
            if ((best is null || entry.Words.Length > best.Words.Length) && Matches(entry, tokens, i))
            {
                best = entry;
            }
        }
    }

    private static bool Matches(Entry entry, List<Token> tokens, int i)
    {
        if (i + entry.Words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < entry.Words.Length; k++)
        {
            var word = tokens[i + k].Text;
            var want = entry.Words[k];
            var last = k == entry.Words.Length - 1;
            if (!(word == want || (IsCyrillic(want) && StemEqual(word, want)) || (last && entry.Adjective && word == want + "s")))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> Keys(string word)
    {
        yield return word;
        {
            for (var k = Math.Max(3, word.Length - 4); k < word.Length; k++)
            {
                yield return word[..k];
            }
        }
    }

    private void Add(string placeId, string name, bool adjective)
    {
        var words = Tokenizer.Tokenize(name, 0, name.Length).Where(t => t.Kind != TokenKind.Punctuation || t.Text is not "-").Select(t => t.Text).ToArray();
        if (words.Length == 0)
        {
            return;
        }

        var key = IsCyrillic(words[0]) ? CyrillicKey(words[0]) : words[0];
        if (!_byFirstWord.TryGetValue(key, out var list))
        {
            _byFirstWord[key] = list = [];
        }

        list.Add(new Entry(placeId, words, adjective));
    }

    private static string CyrillicKey(string word) => word.Length >= 5 ? word[..^2] : word;

    private static bool StemEqual(string word, string want)
    {
        var stem = CyrillicKey(want);
        return word.StartsWith(stem, StringComparison.Ordinal) && Math.Abs(word.Length - want.Length) <= 3;
    }

    private static bool IsCyrillic(string word) => word.Length > 0 && word[0] is >= '\u0400' and <= '\u04FF';

    private sealed record Entry(string PlaceId, string[] Words, bool Adjective);
}
