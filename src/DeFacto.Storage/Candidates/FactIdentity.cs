using System.Globalization;
using DeFacto.Core.Evidence;

namespace DeFacto.Storage.Candidates;

/// <summary>
/// A candidate's identity as one short digest, for an observation id that is the same wherever the fact is
/// accepted: the value written as one exact, canonical text. (The database's duplicate check is the unique
/// index over the real columns, M202612010002; this text is stored nowhere.)
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
