using DeFacto.Core.Registry;

namespace DeFacto.Analysis.Catalogue;

/// <summary>A territory of the registry and how many observations the evidence holds for it.</summary>
public sealed record TerritoryEntry(Place Place, int Observations);
