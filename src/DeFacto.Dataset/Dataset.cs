using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;

namespace DeFacto.Dataset;

/// <summary>Everything the data files hold: the codebook, the registry and the evidence ledger.</summary>
public sealed record Dataset(Codebook Codebook, PlaceRegistry Registry, Ledger Ledger);
