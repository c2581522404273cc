using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DeFacto.Exports.Releases;

/// <summary>
/// A release's manifest.json: what was frozen (version, date, codebook version, panel settings, counts)
/// and the SHA-256 of every other file, so anyone can check that a release is the one that was published.
/// </summary>
public sealed record Manifest
{
    public const string FileName = "manifest.json";

    public required string Version { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required string CodebookVersion { get; init; }

    public required string Generator { get; init; }

    public required int? PanelFrom { get; init; }

    public required int? PanelTo { get; init; }

    public required int PanelRows { get; init; }

    public required int Draws { get; init; }

    public required ulong Seed { get; init; }

    public required IReadOnlyDictionary<string, int> Counts { get; init; }

    public required IReadOnlyList<ManifestFile> Files { get; init; }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("name", "defacto");
            w.WriteString("version", Version);
            w.WriteString("created", Created.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            w.WriteString("codebookVersion", CodebookVersion);
            w.WriteString("generator", Generator);
            w.WriteStartObject("panel");
            if (PanelFrom is { } from && PanelTo is { } to)
            {
                w.WriteNumber("from", from);
                w.WriteNumber("to", to);
            }

            w.WriteNumber("rows", PanelRows);
            w.WriteNumber("draws", Draws);
            w.WriteNumber("seed", Seed);
            w.WriteEndObject();
            w.WriteStartObject("counts");
            foreach (var (name, count) in Counts)
            {
                w.WriteNumber(name, count);
            }

            w.WriteEndObject();
            w.WriteStartArray("files");
            foreach (var f in Files)
            {
                w.WriteStartObject();
                w.WriteString("path", f.Path);
                w.WriteNumber("bytes", f.Bytes);
                w.WriteString("sha256", f.Sha256);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Reads a release's manifest; throws <see cref="ExportException"/> when it is missing or unreadable.</summary>
    public static Manifest Read(string releaseDirectory)
    {
        var path = Path.Combine(releaseDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new ExportException($"{releaseDirectory} is not a DeFacto release: it has no {FileName}");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            var panel = root.GetProperty("panel");
            return new Manifest
            {
                Version = root.GetProperty("version").GetString() ?? "",
                Created = DateTimeOffset.Parse(root.GetProperty("created").GetString() ?? "", CultureInfo.InvariantCulture),
                CodebookVersion = root.GetProperty("codebookVersion").GetString() ?? "",
                Generator = root.TryGetProperty("generator", out var g) ? g.GetString() ?? "" : "",
                PanelFrom = panel.TryGetProperty("from", out var f) ? f.GetInt32() : null,
                PanelTo = panel.TryGetProperty("to", out var t) ? t.GetInt32() : null,
                PanelRows = panel.GetProperty("rows").GetInt32(),
                Draws = panel.GetProperty("draws").GetInt32(),
                Seed = panel.GetProperty("seed").GetUInt64(),
                Counts = root.GetProperty("counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal),
                Files = root.GetProperty("files").EnumerateArray()
                    .Select(e => new ManifestFile(e.GetProperty("path").GetString() ?? "", e.GetProperty("bytes").GetInt64(), e.GetProperty("sha256").GetString() ?? ""))
                    .ToList(),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ExportException($"{path} cannot be read as a release manifest: {e.Message}", e);
        }
    }
}
