using DeFacto.Core.Coding;

namespace DeFacto.Exports.Tables;

/// <summary>
/// Versions as they appear in table cells. A bare "1.0" is read as the number 1 by readr, pandas and
/// DuckDB, so a version cell always starts with "v": every reader keeps "v1.0" as text.
/// </summary>
public static class Versions
{
    public static string Codebook(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        return Cell(codebook.Version);
    }

    public static string Cell(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.StartsWith('v') ? version : "v" + version;
    }
}
