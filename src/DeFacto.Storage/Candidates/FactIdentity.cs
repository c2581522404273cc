using System.Globalization;
using DeFacto.Core.Evidence;

namespace DeFacto.Storage.Candidates;

/// <summary>
/// The parts of a candidate's identity that the unique index over (document hash, span, territory,
/// indicator, value key) needs in one column each: the value as one exact, canonical text.
/// </summary>
internal static class FactIdentity
{
    public static string ValueKey(ObservedValue value) => value switch
    {
        { Category: { } category } => "c:" + category,
        { Low: { } low, High: { } high } => "i:" + Number(low) + ":" + Number(high),
        { Point: { } point } => "p:" + Number(point),
        _ => "none",
    };

    /// <summary>A short digest of the fact's identity, for an observation id that is the same wherever the fact is accepted.</summary>
    public static string Digest(string documentHash, int spanStart, int spanLength, string territory, string indicator, string valueKey) =>
        Records.Fingerprint.Of(string.Join('\u001f', documentHash, spanStart.ToString(CultureInfo.InvariantCulture),
            spanLength.ToString(CultureInfo.InvariantCulture), territory, indicator, valueKey))[..10];

    private static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
