using DeFacto.Core.Registry;

namespace DeFacto.Exports.Tables;

/// <summary>The registry's territories with their parent and patron states and codes.</summary>
public static class TerritoryTable
{
    public const string Name = "territories";

    public static Table Build(PlaceRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var spec = new TableSpec<Place>(Name, "Territories", "The territories DeFacto covers, from data/territories.yaml, with the country codes of their parent and patron states.")
            .Text("territory_id", "Territory id, stable", p => p.Id)
            .Integer("territory_num", "Territory's stable numeric id (for Stata's xtset and other numeric panel ids)", p => p.NumericId)
            .Text("name", "Common English name", p => p.Name)
            .Text("official_name", "Name the territory's authorities use", p => p.OfficialName)
            .Text("parent", "State the territory is internationally recognised as part of (registry id)", p => p.Parent)
            .Text("parent_name", "Parent state's name", p => Find(registry, p.Parent)?.Name);
        StateCodes.Add(spec, "parent", "Parent state", p => Find(registry, p.Parent))
            .Text("patron", "State that backs the territory (registry id)", p => p.Patron)
            .Text("patron_name", "Patron state's name", p => Find(registry, p.Patron)?.Name);
        StateCodes.Add(spec, "patron", "Patron state", p => Find(registry, p.Patron))
            .Text("capital", "Capital", p => p.Capital)
            .Text("iso3166_2", "ISO 3166-2 subdivision code, where the standard has one", p => p.Iso3166Subdivision)
            .Date("until", "Day the territory ceased to exist, where it did (first day of that date's period)", p => Cells.Start(p.Until))
            .Text("aliases", "Other names, separated by ' | '", p => Cells.List(p.Aliases))
            .Key("territory_id");
        return spec.Build(registry.Territories);
    }

    internal static Place? Find(PlaceRegistry registry, string? id) => id is null ? null : registry.Find(id);
}
