using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DeFacto.Exports.Json;

/// <summary>
/// How the assessment, timeline and comparison JSON is written, by the CLI and the web API alike (so
/// their bytes stay identical): text in every script as itself (Cyrillic stays Cyrillic, not \u0411),
/// while the characters that matter where JSON is embedded in HTML (&lt; &gt; &amp; ' and +) are still escaped.
/// </summary>
public static class JsonText
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static JsonWriterOptions Writer(bool indented) => new() { Indented = indented, Encoder = Encoder };

    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = Encoder };

    public static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = Encoder };
}
