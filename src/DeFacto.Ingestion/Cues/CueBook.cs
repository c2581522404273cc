using DeFacto.Core.Coding;
using DeFacto.Core.Registry;
using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Sentences;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Cues;

/// <summary>
/// The codebook's cue terms compiled for matching: every indicator's cue terms and every anchor's
/// cues, indexed by their first word so that a sentence is matched in one pass over its tokens.
/// </summary>
internal sealed partial class CueBook
{
    private static readonly Dictionary<int, PlaceMention> Empty = [];

    private readonly Dictionary<string, List<CuePattern>> _byWord = new(StringComparer.Ordinal);
    private readonly List<CuePattern> _byPrefix = [];

    // Prefix patterns by the first two letters of their prefix, so a token tries only the few that can start on it.
    private readonly Dictionary<string, List<CuePattern>> _byPrefixStart = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CuePattern>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly List<CuePattern> _byPlace = [];
    private readonly KeyShapes _wordShapes;
    private readonly KeyShapes _prefixShapes;
    private readonly HashSet<string> _patrons;
    private readonly HashSet<string> _parents;
    private readonly HashSet<string> _territories;
    private readonly Dictionary<string, PlaceRoles> _roles = new(StringComparer.Ordinal);

    public CueBook(Codebook codebook, PlaceRegistry registry)
    {
        Codebook = codebook;
        _territories = registry.Territories.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        _patrons = registry.Territories.Select(t => t.Patron).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _parents = registry.Territories.Select(t => t.Parent).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var id = 0;
        foreach (var indicator in codebook.Indicators)
        {
            foreach (var term in indicator.CueTerms)
            {
                Add(new CuePattern(id++, indicator.Id, null, term, CuePattern.Compile(term)));
            }

            foreach (var anchor in indicator.Anchors)
            {
                foreach (var cue in anchor.Cues)
                {
                    Add(new CuePattern(id++, indicator.Id, anchor.Id, cue, CuePattern.Compile(cue)));
                }
            }
        }

        foreach (var placeId in _patrons.Concat(_parents).Concat(_territories))
        {
            _roles[placeId] = (_patrons.Contains(placeId) ? PlaceRoles.Patron : 0) | (_parents.Contains(placeId) ? PlaceRoles.Parent : 0)
                | (_territories.Contains(placeId) ? PlaceRoles.Territory : 0);
        }

        PatternCount = id;
        _prefixLookup = _byPrefixStart.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordShapes = new KeyShapes(_byWord.Keys);
        _prefixShapes = new KeyShapes(_byPrefixStart.Keys);
    }

    public Codebook Codebook { get; }

    public int PatternCount { get; }

    /// <summary>Every cue term as plain words (placeholders and gaps dropped): what grep would look for.</summary>
    public IEnumerable<string> PlainTerms() =>
        _byWord.Values.SelectMany(l => l).Concat(_byPrefix).Concat(_byPlace).DistinctBy(p => p.Id)
            .Select(p => string.Join(' ', p.Elements.Where(e => e.Kind is CueElementKind.Word or CueElementKind.Prefix).Select(e => e.Text)))
            .Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// For each pattern, one word every match of it must contain: the longest of its words, which is the
    /// most selective ("military" rather than "no" in "no {patron} military base"); null for a pattern of
    /// place names only, which can match wherever a place is named.
    /// </summary>
    public IEnumerable<CueElement?> RequiredElements() =>
        _byWord.Values.SelectMany(l => l).Concat(_byPrefix).Concat(_byPlace).DistinctBy(p => p.Id)
            .Select(p => p.Elements.Where(e => e.Kind is CueElementKind.Word or CueElementKind.Prefix).MaxBy(e => e.Text.Length));

    public List<CueMatch> Match(List<Token> tokens, IReadOnlyList<PlaceMention> places)
    {
        var matches = new List<CueMatch>();
        var placeAt = places.Count == 0 ? Empty : new Dictionary<int, PlaceMention>();
        foreach (var place in places)
        {
            placeAt.TryAdd(place.FirstToken, place);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (_wordShapes.MayContain(token.Stem) && _byWord.TryGetValue(token.Stem, out var byStem))
            {
                TryAll(byStem, tokens, placeAt, i, matches);
            }

            if (token.Stem != token.Lower && _wordShapes.MayContain(token.Lower) && _byWord.TryGetValue(token.Lower, out var byLower))
            {
                TryAll(byLower, tokens, placeAt, i, matches);
            }

            if (token.Lower.Length >= 2 && _prefixShapes.MayContain(token.Lower.AsSpan(0, 2)) && _prefixLookup.TryGetValue(token.Lower.AsSpan(0, 2), out var byPrefix))
            {
                TryAll(byPrefix, tokens, placeAt, i, matches);
            }

            if (_byPlace.Count > 0 && placeAt.TryGetValue(i, out var place))
            {
                TryAtPlace(place, tokens, placeAt, i, matches);
            }
        }

        return matches;
    }

    private void TryAll(List<CuePattern> patterns, List<Token> tokens, Dictionary<int, PlaceMention> placeAt, int i, List<CueMatch> matches)
    {
        foreach (var pattern in patterns)
        {
            TryOne(pattern, tokens, placeAt, i, matches);
        }
    }

    private void TryOne(CuePattern pattern, List<Token> tokens, Dictionary<int, PlaceMention> placeAt, int i, List<CueMatch> matches)
    {
        var state = new MatchState();
        if (TryMatch(pattern.Elements, 0, tokens, placeAt, i, ref state, out var last))
        {
            var match = new CueMatch(pattern, i, last, tokens[i].Start, tokens[last].End)
            {
                Patron = state.Patron,
                Parent = state.Parent,
                Territory = state.Territory,
            };
            if (!matches.Exists(m => m.Pattern.Id == pattern.Id && m.FirstToken == i))
            {
                matches.Add(match);
            }
        }
    }

    private bool TryMatch(IReadOnlyList<CueElement> elements, int e, List<Token> tokens, Dictionary<int, PlaceMention> placeAt, int i, ref MatchState state, out int last)
    {
        last = i - 1;
        if (e == elements.Count)
        {
            return true;
        }

        // Between parts of a phrase, articles and possessives may stand: "all the residents".
        if (e > 0)
        {
            while (i < tokens.Count && IsSkippable(tokens[i].Lower) && !(elements[e].Kind == CueElementKind.Word && IsSkippable(elements[e].Lower)))
            {
                i++;
            }
        }

        if (i >= tokens.Count)
        {
            return false;
        }

        var element = elements[e];
        switch (element.Kind)
        {
            case CueElementKind.Gap:
                for (var skip = 0; skip <= 6 && i + skip < tokens.Count; skip++)
                {
                    var branch = state;
                    if (TryMatch(elements, e + 1, tokens, placeAt, i + skip, ref branch, out last))
                    {
                        state = branch;
                        return true;
                    }

                    if (tokens[i + skip].Text is "." or ";")
                    {
                        break;
                    }
                }

                return false;
            case CueElementKind.Patron or CueElementKind.Parent or CueElementKind.Territory:
                if (!placeAt.TryGetValue(i, out var place) || !Fits(element.Kind, place.PlaceId))
                {
                    return false;
                }

                switch (element.Kind)
                {
                    case CueElementKind.Patron:
                        state.Patron = place.PlaceId;
                        break;
                    case CueElementKind.Parent:
                        state.Parent = place.PlaceId;
                        break;
                    default:
                        state.Territory = place.PlaceId;
                        break;
                }

                return TryMatch(elements, e + 1, tokens, placeAt, i + place.TokenCount, ref state, out last) || Fail(out last);
            default:
                return WordMatches(element, tokens[i]) && (TryMatch(elements, e + 1, tokens, placeAt, i + 1, ref state, out last) || Fail(out last))
                    && (last >= i || SetLast(i, out last));
        }
    }

    // Articles and possessives that may stand between the parts of a phrase (a pattern match, not a set: it is asked for every token).
    private static bool IsSkippable(string word) => word is "the" or "a" or "an" or "'s" or "its" or "their";

    private static bool SetLast(int i, out int last)
    {
        last = i;
        return true;
    }

    private static bool Fail(out int last)
    {
        last = -1;
        return false;
    }

    private static bool WordMatches(CueElement element, Token token)
    {
        if (element.CaseSensitive)
        {
            return token.Text == element.Text || token.Text == element.Text + "s";
        }

        return element.Kind == CueElementKind.Prefix
            ? token.Lower.StartsWith(element.Lower, StringComparison.Ordinal)
            : token.Lower == element.Lower || token.Stem == element.Stem;
    }

    private void Add(CuePattern pattern)
    {
        if (pattern.Elements.Count == 0)
        {
            return;
        }

        var first = pattern.Elements[0];
        switch (first.Kind)
        {
            case CueElementKind.Word:
                if (!_byWord.TryGetValue(first.Stem, out var list))
                {
                    _byWord[first.Stem] = list = [];
                }

                list.Add(pattern);
                if (first.Lower != first.Stem)
                {
                    if (!_byWord.TryGetValue(first.Lower, out var byLower))
                    {
                        _byWord[first.Lower] = byLower = [];
                    }

                    byLower.Add(pattern);
                }

                break;
            case CueElementKind.Prefix:
                _byPrefix.Add(pattern);
                var start = first.Lower.Length >= 2 ? first.Lower[..2] : first.Lower;
                if (!_byPrefixStart.TryGetValue(start, out var starting))
                {
                    _byPrefixStart[start] = starting = [];
                }

                starting.Add(pattern);
                break;
            case CueElementKind.Gap:
                break;
            default:
                _byPlace.Add(pattern);
                break;
        }
    }

    private struct MatchState
    {
        public string? Patron;
        public string? Parent;
        public string? Territory;
    }
}
