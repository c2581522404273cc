namespace DeFacto.Exports.Packaging;

/// <summary>What datapackage.json says about the package as a whole.</summary>
public sealed record PackageInfo(DateTimeOffset Created, string? Version = null)
{
    /// <summary>The licence of the curated data. CC BY 4.0 asks users to cite, which is what a sourced dataset wants.</summary>
    public string LicenceName { get; init; } = "CC-BY-4.0";

    public string LicenceTitle { get; init; } = "Creative Commons Attribution 4.0 International";

    public string LicencePath { get; init; } = "https://creativecommons.org/licenses/by/4.0/";
}
