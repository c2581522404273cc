namespace DeFacto.Core.Registry;

/// <summary>A state's codes in the systems researchers join on; each is null where the registry gives none.</summary>
public sealed record CountryCodes(string? IsoAlpha3, int? Cow, int? GleditschWard, int? VdemCountryId)
{
    public static CountryCodes None { get; } = new(null, null, null, null);
}
