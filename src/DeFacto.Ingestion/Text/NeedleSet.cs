using System.Buffers;
using System.Text;

namespace DeFacto.Ingestion.Text;

/// <summary>
/// Whether a text holds any of a set of words, ignoring case (ordinal). The same answer as one
/// <see cref="SearchValues{T}"/> over all the words, but faster on English text: a single non-ASCII
/// word (Cyrillic, German) sends the whole search down the slow Unicode path, so the ASCII words are
/// searched on their own, and the others only when the text holds a character that could be part of
/// one of them (any character but ASCII and typographic punctuation such as curly quotes and dashes).
/// </summary>
internal sealed class NeedleSet
{
    // Typographic marks common in English text that no word of a needle contains (checked in the constructor).
    private const string Typographic = "\u00A0\u00A7\u00A9\u00AB\u00AE\u00B0\u00B7\u00BB\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2032\u2033\u20AC";

    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _other;
    private readonly SearchValues<char>? _plain;

    public NeedleSet(IEnumerable<string> needles)
    {
        ArgumentNullException.ThrowIfNull(needles);
        var words = needles.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var ascii = words.Where(w => Ascii.IsValid(w)).ToArray();
        var other = words.Where(w => !Ascii.IsValid(w)).ToArray();
        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase) : null;
        _other = other.Length > 0 ? SearchValues.Create(other, StringComparison.OrdinalIgnoreCase) : null;

        // Text made only of plain characters cannot hold a non-ASCII word. That holds only if no such word
        // has a character equal, ignoring case, to a plain one ("ı" and "I", "ſ" and "S"): then always search.
        var plain = Enumerable.Range(0, 128).Select(c => (char)c).Concat(Typographic).ToArray();
        var needed = other.SelectMany(w => w).Distinct().ToArray();
        var overlaps = needed.Any(n => plain.Any(p => string.Equals(n.ToString(), p.ToString(), StringComparison.OrdinalIgnoreCase)));
        _plain = overlaps ? null : SearchValues.Create(plain);
    }

    public bool IsIn(ReadOnlySpan<char> text)
    {
        if (_ascii is not null && text.IndexOfAny(_ascii) >= 0)
        {
            return true;
        }

        return _other is not null && (_plain is null || text.IndexOfAnyExcept(_plain) >= 0) && text.IndexOfAny(_other) >= 0;
    }
}
