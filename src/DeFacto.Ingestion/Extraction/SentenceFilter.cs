using System.Buffers;
using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Places;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// A character-level test, before tokenising, of whether a sentence can matter: it holds a digit, a
/// cue word of the codebook, an event trigger or treaty noun, or a place name. Sentences without any
/// of these can yield no fact or event, set no date and name no territory, so they skip tokenising,
/// date and quantity parsing and cue matching. Each needle is a substring of every word form that
/// can match (a stem without its final "y", a prefix, a Cyrillic stem), so the test never drops a
/// sentence the full analysis would use; it only lets through some that yield nothing.
/// </summary>
internal sealed class SentenceFilter
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    // Event triggers and treaty nouns (EventExtractor); quantifier words need a cue beside them, so they are not needles.
    private static readonly string[] Triggers =
    [
        "sign", "подпис", "ratif", "ратифиц", "force", "силу", "recogni", "признан", "признал", "annex", "referend", "референдум",
        "treat", "agreement", "accord", "convention", "pact", "protocol", "alliance", "partnership", "memorand", "deal", "договор", "соглашени",
    ];

    private readonly SearchValues<string> _needles;

    public SentenceFilter(CueBook cues, Gazetteer gazetteer)
    {
        var needles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in cues.RequiredElements())
        {
            var needle = element.Kind == CueElementKind.Prefix ? element.Lower : element.Stem;
            if (needle.Length > 3 && needle[^1] == 'y')
            {
                needle = needle[..^1];
            }

            if (needle.Length > 0)
            {
                needles.Add(needle);
            }
        }

        foreach (var needle in gazetteer.Needles().Concat(Triggers))
        {
            if (needle.Length > 0)
            {
                needles.Add(needle);
            }
        }

        _needles = SearchValues.Create([.. needles], StringComparison.OrdinalIgnoreCase);
    }

    public bool MayMatter(ReadOnlySpan<char> sentence) =>
        sentence.IndexOfAny(Digits) >= 0 || sentence.IndexOfAny(_needles) >= 0;
}
