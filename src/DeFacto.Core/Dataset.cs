using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;
using DeFacto.Core.Reliability;

namespace DeFacto.Core;

/// <summary>
/// Everything the data files hold: the codebook, the registry and the evidence ledger. The model's top-level
/// type, so every consumer (exports, web, analysis) reads it without the file-format project.
/// </summary>
public sealed record Dataset(Codebook Codebook, PlaceRegistry Registry, Ledger Ledger)
{
    /// <summary>Further codings of observations (<c>codings/*.yaml</c>): second coders' blind recodings, with resolutions.</summary>
    public IReadOnlyList<ObservationCoding> Codings { get; init; } = [];
}
