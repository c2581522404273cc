using DeFacto.Analysis.Answers;
using DeFacto.Core.Registry;

namespace DeFacto.Analysis.Arguments;

/// <summary>What someone typed for a territory (an id, a name, an alias) turned into the territory, or why not with the nearest ids.</summary>
public static class TerritoryArgument
{
    public static Outcome<Place> Resolve(PlaceRegistry registry, string? text, string field = "territory")
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcomes.Fail<Place>(Problem.Invalid(field, "a territory is required"));
        }

        var place = registry.Resolve(text);
        if (place is { Kind: PlaceKind.Territory })
        {
            return Outcomes.Of(place);
        }

        var known = string.Join(", ", registry.Territories.Select(t => t.Id));
        if (place is { Kind: PlaceKind.State })
        {
            return Outcomes.Fail<Place>(Problem.NotFound(field, $"'{text}' is a state, not a territory; territories are: {known}"));
        }

        var suggestions = registry.Suggest(text, PlaceKind.Territory);
        var hint = suggestions.Count > 0 ? $"did you mean {string.Join(" or ", suggestions)}?" : $"known territories: {known}";
        return Outcomes.Fail<Place>(Problem.NotFound(field, $"unknown territory '{text}': {hint}") with { Suggestions = suggestions });
    }

    /// <summary>Several territories, each resolved, duplicates dropped; every unknown one is a problem.</summary>
    public static Outcome<IReadOnlyList<Place>> ResolveAll(PlaceRegistry registry, IReadOnlyList<string>? texts, string field = "territory")
    {
        if (texts is not { Count: > 0 })
        {
            return Outcomes.Fail<IReadOnlyList<Place>>(Problem.Invalid(field, "give at least one territory"));
        }

        var resolved = texts.Select(t => Resolve(registry, t, field)).ToList();
        var problems = Outcomes.ProblemsOf(resolved);
        return problems.Count > 0
            ? Outcomes.Fail<IReadOnlyList<Place>>(problems)
            : Outcomes.Of<IReadOnlyList<Place>>(resolved.Select(r => r.Value).DistinctBy(p => p.Id, StringComparer.Ordinal).ToList());
    }
}
