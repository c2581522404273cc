using DeFacto.Core.Registry;

namespace DeFacto.Exports.Tables;

/// <summary>The registry's territories with their parent and patron states and codes.</summary>
public static class TerritoryTable
{
    public const string Name = "territories";

    public static Table Build(PlaceRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return new TableSpec<Place>(Name, "Territories", "The territories DeFacto covers, from data/territories.yaml.")
            .Text("territory_id", "Territory id, stable", p => p.Id)
            .Text("name", "Common English name", p => p.Name)
            .Text("official_name", "Name the territory's authorities use", p => p.OfficialName)
            .Text("parent", "State the territory is internationally recognised as part of (registry id)", p => p.Parent)
            .Text("parent_name", "Parent state's name", p => p.Parent is { } id ? registry.Find(id)?.Name : null)
            .Text("patron", "State that backs the territory (registry id)", p => p.Patron)
            .Text("patron_name", "Patron state's name", p => p.Patron is { } id ? registry.Find(id)?.Name : null)
            .Text("capital", "Capital", p => p.Capital)
            .Text("iso3166_2", "ISO 3166-2 subdivision code, where the standard has one", p => p.Iso3166Subdivision)
            .Text("aliases", "Other names, separated by ' | '", p => Cells.List(p.Aliases))
            .Key("territory_id")
            .Build(registry.Territories);
    }
}
