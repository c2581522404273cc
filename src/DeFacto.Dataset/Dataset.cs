using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;
using DeFacto.Core.Reliability;

namespace DeFacto.Dataset;

/// <summary>Everything the data files hold: the codebook, the registry and the evidence ledger.</summary>
public sealed record Dataset(Codebook Codebook, PlaceRegistry Registry, Ledger Ledger)
{
    /// <summary>Further codings of observations (<c>codings/*.yaml</c>): second coders' blind recodings, with resolutions.</summary>
    public IReadOnlyList<ObservationCoding> Codings { get; init; } = [];
}
