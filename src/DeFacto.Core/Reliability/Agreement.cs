namespace DeFacto.Core.Reliability;

/// <summary>
/// Krippendorff's α for one set of reliability data, with its parts: observed and expected disagreement,
/// the pairable values (n), the units coded at least twice and the pairs of codings compared. α is null
/// when the data cannot yield it: no unit coded twice, or no variation at all (expected disagreement 0).
/// </summary>
public sealed record Agreement(double? Alpha, double Observed, double Expected, int Values, int Units, int Pairs)
{
    public static Agreement None { get; } = new(null, 0, 0, 0, 0, 0);
}
