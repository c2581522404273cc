using System.Globalization;

namespace DeFacto.Exports.Releases;

/// <summary>A panel row's identity: territory, year and basis.</summary>
public readonly record struct PanelKey(string Territory, int Year, string Basis)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Territory} {Year} {Basis}");
}
