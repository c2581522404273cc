using System.Globalization;
using System.Reflection;
using System.Text;

namespace DeFacto.Exports.Citations;

/// <summary>
/// How to cite DeFacto itself: a suggested citation in words and a BibTeX entry, both naming the version.
/// A release names its release version; a plain export names the version of the program that made it and
/// the day, since only a release is frozen.
/// </summary>
public sealed record DatasetCitation(string? ReleaseVersion, string ProgramVersion, string CodebookVersion, DateOnly Made)
{
    public const string Title = "DeFacto: how far sovereignty over contested territories has passed to their patron states";

    public const string Authors = "DeFacto curators";

    /// <summary>The version of the DeFacto program (without the build's commit suffix).</summary>
    public static string CurrentProgramVersion
    {
        get
        {
            var info = typeof(DatasetCitation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = info.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? info : info[..plus];
        }
    }

    /// <summary>The version a citation names: the release version, else the program's.</summary>
    public string Version => ReleaseVersion ?? ProgramVersion;

    public string Key => "defacto-" + Version;

    private string Codebook => Tables.Versions.Cell(CodebookVersion);

    private string Day => Made.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Provenance => ReleaseVersion is null
        ? $"not a frozen release: made with defacto {ProgramVersion} on {Day} (cite a release, made with defacto release, for numbers that do not move)"
        : $"release {ReleaseVersion}, made with defacto {ProgramVersion} on {Day}";

    /// <summary>The suggested citation in words.</summary>
    public string Text() =>
        $"{Authors} ({Made.Year}). {Title}, version {Version} (codebook {Codebook}) [Data set]. {char.ToUpperInvariant(Provenance[0])}{Provenance[1..]}.";

    /// <summary>A BibTeX entry (biblatex reads <c>version</c> and <c>date</c>; classic BibTeX ignores them).</summary>
    public string BibTex()
    {
        var sb = new StringBuilder();
        sb.Append("@misc{").Append(Key).Append(",\n");
        sb.Append("  author = {{").Append(Authors).Append("}},\n");
        sb.Append("  title = {{").Append(Title).Append("}},\n");
        sb.Append("  year = {").Append(Made.Year.ToString("0000", CultureInfo.InvariantCulture)).Append("},\n");
        sb.Append("  date = {").Append(Day).Append("},\n");
        sb.Append("  version = {").Append(Version).Append("},\n");
        sb.Append("  howpublished = {Data set},\n");
        sb.Append("  note = {Codebook ").Append(Codebook).Append("; ").Append(Provenance).Append("}\n");
        sb.Append("}\n");
        return sb.ToString();
    }
}
