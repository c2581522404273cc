using DeFacto.Core.Coding;
using DeFacto.Core.Registry;

namespace DeFacto.Analysis.Catalogue;

/// <summary>The codebook and territories use cases: what the evidence is measured with, and what it is about.</summary>
public static class Listing
{
    public static IReadOnlyList<TerritoryEntry> Territories(Core.Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Registry.Territories.Select(t => new TerritoryEntry(t, dataset.Ledger.ObservationsOf(t.Id).Count())).ToList();
    }

    public static IReadOnlyList<Place> States(Core.Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Registry.Places.Where(p => p.Kind == PlaceKind.State).ToList();
    }

    public static Codebook Codebook(Core.Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Codebook;
    }
}
