using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Cues;

/// <summary>Cue patterns that start with a place ("{patron} passport*"): where they are tried and which places fit them.</summary>
internal sealed partial class CueBook
{
    /// <summary>
    /// The patterns that start with a place, tried at a place mention. Most cannot start there, and two
    /// cheap tests rule them out before a full match is tried: the place must be of the pattern's kind
    /// (patron, parent or territory), and a word that follows the placeholder must be the next word after
    /// the name (articles and possessives skipped) — exactly what the full match would test first.
    /// </summary>
    private void TryAtPlace(PlaceMention place, List<Token> tokens, Dictionary<int, PlaceMention> placeAt, int i, List<CueMatch> matches)
    {
        var roles = _roles.GetValueOrDefault(place.PlaceId);
        if (roles == PlaceRoles.None)
        {
            return;
        }

        var next = i + place.TokenCount;
        while (next < tokens.Count && IsSkippable(tokens[next].Lower))
        {
            next++;
        }

        foreach (var pattern in _byPlace)
        {
            if ((roles & RoleOf(pattern.Elements[0].Kind)) == 0)
            {
                continue;
            }

            if (pattern.Elements.Count > 1 && pattern.Elements[1] is { Kind: CueElementKind.Word or CueElementKind.Prefix } second && !IsSkippable(second.Lower)
                && (next >= tokens.Count || !WordMatches(second, tokens[next])))
            {
                continue;
            }

            TryOne(pattern, tokens, placeAt, i, matches);
        }
    }

    private static PlaceRoles RoleOf(CueElementKind kind) => kind switch
    {
        CueElementKind.Patron => PlaceRoles.Patron,
        CueElementKind.Parent => PlaceRoles.Parent,
        _ => PlaceRoles.Territory,
    };

    private bool Fits(CueElementKind kind, string placeId) => kind switch
    {
        CueElementKind.Patron => _patrons.Contains(placeId),
        CueElementKind.Parent => _parents.Contains(placeId),
        _ => _territories.Contains(placeId),
    };
}
