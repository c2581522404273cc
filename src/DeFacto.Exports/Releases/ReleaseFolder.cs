using System.Text.RegularExpressions;

namespace DeFacto.Exports.Releases;

/// <summary>How a release folder is named and laid out.</summary>
public static partial class ReleaseFolder
{
    public const string Prefix = "defacto-";

    public const string DataFolder = "data";

    public const string ChecksumFile = "SHA256SUMS";

    /// <summary>Null when <paramref name="version"/> is usable in a folder name (letters, digits, '.', '-', '+', '_'), else what is wrong.</summary>
    public static string? VersionProblem(string version) =>
        version.Length is 0 or > 64 || !VersionPattern().IsMatch(version)
            ? $"'{version}' is not a release version: use letters, digits, '.', '-', '+' and '_' and start with a letter or digit (e.g. 1.0.0 or 2026.1)"
            : null;

    public static string PathOf(string releasesDirectory, string version) => Path.Combine(releasesDirectory, Prefix + version);

    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z.+_-]*$")]
    private static partial Regex VersionPattern();
}
