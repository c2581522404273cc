using DeFacto.Core.Registry;

namespace DeFacto.Cli.Input;

/// <summary>Turns what the user typed into a territory id, or a message that suggests the nearest names.</summary>
internal static class TerritoryName
{
    public static Place Resolve(PlaceRegistry registry, string text)
    {
        var place = registry.Resolve(text);
        if (place is { Kind: PlaceKind.Territory })
        {
            return place;
        }

        if (place is { Kind: PlaceKind.State })
        {
            throw new UserErrorException($"'{text}' is a state, not a territory; territories are: {string.Join(", ", registry.Territories.Select(t => t.Id))}");
        }

        var suggestions = registry.Suggest(text, PlaceKind.Territory);
        var hint = suggestions.Count > 0
            ? $"did you mean {string.Join(" or ", suggestions)}?"
            : $"known territories: {string.Join(", ", registry.Territories.Select(t => t.Id))}";
        throw new UserErrorException($"unknown territory '{text}': {hint} (run `defacto territories` for the list)");
    }
}
