using DeFacto.Core.Registry;

namespace DeFacto.Exports.Tables;

/// <summary>Adds a state's country codes as four columns (ISO alpha-3, COW, Gleditsch–Ward, V-Dem) under one prefix.</summary>
internal static class StateCodes
{
    public static TableSpec<T> Add<T>(TableSpec<T> spec, string prefix, string role, Func<T, Place?> state) => spec
        .Text($"{prefix}_iso3", $"{role}: ISO 3166-1 alpha-3 code", r => state(r)?.Codes.IsoAlpha3)
        .Integer($"{prefix}_cow", $"{role}: Correlates of War state number (ccode)", r => state(r)?.Codes.Cow)
        .Integer($"{prefix}_gw", $"{role}: Gleditsch–Ward state code (gwcode)", r => state(r)?.Codes.GleditschWard)
        .Integer($"{prefix}_vdem", $"{role}: V-Dem country_id", r => state(r)?.Codes.VdemCountryId);
}
