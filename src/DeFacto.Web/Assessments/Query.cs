using DeFacto.Core;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;
using DeFacto.Core.Time;

namespace DeFacto.Web.Assessments;

/// <summary>Reads what a request asks for (date, basis, territory) the same way for pages and the API; failures are reasons, not exceptions.</summary>
public static class Query
{
    /// <summary>YYYY means the year's last day and YYYY-MM the month's, as <c>--as-of</c> does; empty means today.</summary>
    public static ParseResult<DateOnly> Date(string? text, DateOnly today, string name = "asOf")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<DateOnly>.Ok(today);
        }

        var parsed = PartialDate.Parse(text);
        return parsed.Success ? ParseResult<DateOnly>.Ok(parsed.Value.End) : ParseResult<DateOnly>.Fail($"{name}: {parsed.Error}");
    }

    public static ParseResult<Basis> Basis(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<Basis>.Ok(Core.Scoring.Basis.Practice);
        }

        return Names.ParseBasis(text) is { } basis
            ? ParseResult<Basis>.Ok(basis)
            : ParseResult<Basis>.Fail($"basis: '{text}' is not a basis; use practice (in-place evidence only) or commitments (in place or pledged)");
    }

    /// <summary>An id, a name or an alias of a territory; otherwise why not, with the nearest ids.</summary>
    public static ParseResult<Place> Territory(PlaceRegistry registry, string? text)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<Place>.Fail("a territory is required; see /api/territories for the ids");
        }

        var place = registry.Resolve(text);
        if (place is { Kind: PlaceKind.Territory })
        {
            return ParseResult<Place>.Ok(place);
        }

        if (place is { Kind: PlaceKind.State })
        {
            return ParseResult<Place>.Fail($"'{text}' is a state, not a territory; territories are: {string.Join(", ", registry.Territories.Select(t => t.Id))}");
        }

        var suggestions = registry.Suggest(text, PlaceKind.Territory);
        var hint = suggestions.Count > 0
            ? $"did you mean {string.Join(" or ", suggestions)}?"
            : $"known territories: {string.Join(", ", registry.Territories.Select(t => t.Id))}";
        return ParseResult<Place>.Fail($"unknown territory '{text}': {hint}");
    }

    public static IReadOnlyList<string> Suggestions(PlaceRegistry registry, string text) =>
        registry.Suggest(text, PlaceKind.Territory);
}
