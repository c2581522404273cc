namespace DeFacto.Exports.Releases;

/// <summary>One panel cell that differs between two releases, with the observation changes that explain it
/// (or, when none do, what else changed: the codebook, the Monte Carlo settings, the date assessed).</summary>
public sealed record CellChange(string Territory, int Year, string Basis, string Column, string Before, string After, IReadOnlyList<string> Because);
