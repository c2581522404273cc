using System.Buffers;
using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Dates;
using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// A character-level test, before tokenising, of what a sentence can yield. A sentence that holds a
/// cue word of the codebook may match a cue, so it gets the full analysis. One without a cue word but
/// with a digit, an event trigger or treaty noun, a place name or a date's word (a month, "yesterday",
/// "last year") can still yield an event, or set the date and territory that later sentences and the
/// document take as context: it is tokenised and its places and dates are read, but cue matching and
/// figures (which need a cue) are skipped. A sentence with none of these can yield nothing and set no
/// context, so it is not tokenised at all. Each needle
/// is a substring of every word form that can match (a stem without its final "y", a prefix, a Cyrillic
/// stem), so the test never drops what the full analysis would use; it only lets through some that
/// yield nothing.
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

    private readonly NeedleSet _cueNeedles;
    private readonly NeedleSet _contextNeedles;

    public SentenceFilter(CueBook cues, Gazetteer gazetteer)
    {
        var cueNeedles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var places = gazetteer.Needles().Where(n => n.Length > 0).ToList();
        foreach (var element in cues.RequiredElements())
        {
            if (element is null)
            {
                // A pattern of place names only ("{patron} {territory}"): it can match wherever a place is named.
                cueNeedles.UnionWith(places);
                continue;
            }

            var needle = element.Kind == CueElementKind.Prefix ? element.Lower : element.Stem;
            if (needle.Length > 3 && needle[^1] == 'y')
            {
                needle = needle[..^1];
            }

            if (needle.Length > 0)
            {
                cueNeedles.Add(needle);
            }
        }

        _cueNeedles = new NeedleSet(cueNeedles);
        _contextNeedles = new NeedleSet(places.Concat(Triggers).Concat(DateParser.WordNeedles));
    }

    /// <summary>Whether the sentence can yield anything or set any context (it needs tokenising).</summary>
    public bool MayMatter(ReadOnlySpan<char> sentence) => Classify(sentence) != SentenceReach.Nothing;

    public SentenceReach Classify(ReadOnlySpan<char> sentence)
    {
        if (_cueNeedles.IsIn(sentence))
        {
            return SentenceReach.Cues;
        }

        return sentence.IndexOfAny(Digits) >= 0 || _contextNeedles.IsIn(sentence) ? SentenceReach.Context : SentenceReach.Nothing;
    }
}
