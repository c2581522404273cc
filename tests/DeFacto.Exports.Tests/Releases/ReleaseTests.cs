using System.Security.Cryptography;
using System.Text.Json;
using DeFacto.Exports.Panel;
using DeFacto.Exports.Releases;

namespace DeFacto.Exports.Tests.Releases;

public sealed class ReleaseTests
{
    private static readonly DateTimeOffset Created = new(2016, 6, 30, 12, 0, 0, TimeSpan.Zero);

    internal static string Release(TempDir temp, string version, string? alphaEvidence = null)
    {
        var data = TestData.WriteTo(temp.Sub("data-" + version), alphaEvidence);
        var request = new ReleaseRequest(version, temp.Sub("releases"), data, new PanelOptions(TestData.Today), Created);
        return ReleaseBuilder.Create(TestData.Load(alphaEvidence), request).Path;
    }

    [Fact]
    public void Create_WritesEveryFormatTheDataAndAManifestWhoseChecksumsVerify()
    {
        using var temp = new TempDir();

        var path = Release(temp, "1.0.0");

        Assert.Equal(temp.Sub("releases/defacto-1.0.0"), path);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(path, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        var onDisk = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))
            .Where(f => f is not ("manifest.json" or "SHA256SUMS")).Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, files.Select(f => f.GetProperty("path").GetString()));
        foreach (var f in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(path, f.GetProperty("path").GetString()!));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), f.GetProperty("sha256").GetString());
            Assert.Equal(bytes.Length, f.GetProperty("bytes").GetInt64());
        }

        Assert.Equal("t1", manifest.RootElement.GetProperty("codebookVersion").GetString());
        Assert.Equal("1.0.0", manifest.RootElement.GetProperty("version").GetString());
        foreach (var expected in new[] { "csv/panel.csv", "parquet/panel.parquet", "xlsx/defacto.xlsx", "json/panel.json", "csv/datapackage.json", "data/codebook.yaml", "data/evidence/alpha-land.yaml", "csv/sources.bib" })
        {
            Assert.Contains(expected, files.Select(f => f.GetProperty("path").GetString()));
        }

        Assert.Empty(ReleaseVerifier.Verify(path));
    }

    [Fact]
    public void ChecksumFile_HasTheSha256sumLayout()
    {
        using var temp = new TempDir();
        var path = Release(temp, "1.0.0");

        foreach (var line in File.ReadAllLines(Path.Combine(path, "SHA256SUMS")))
        {
            var hash = line[..64];
            var file = line[66..];
            Assert.Equal("  ", line[64..66]);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(path, file)))), hash);
        }
    }

    [Fact]
    public void Create_ExistingVersion_IsRefusedAndLeftAlone()
    {
        using var temp = new TempDir();
        var path = Release(temp, "1.0.0");
        var before = File.ReadAllText(Path.Combine(path, "manifest.json"));

        var e = Assert.Throws<ExportException>(() => Release(temp, "1.0.0"));

        Assert.Contains("already exists", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(path, "manifest.json")));
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("")]
    [InlineData("1.0/2")]
    public void Create_BadVersion_IsRefused(string version)
    {
        using var temp = new TempDir();

        Assert.Throws<ExportException>(() => Release(temp, version));
        Assert.False(Directory.Exists(temp.Sub("releases")) && Directory.EnumerateFileSystemEntries(temp.Sub("releases")).Any());
    }

    [Fact]
    public void Verify_TamperedFile_IsReported()
    {
        using var temp = new TempDir();
        var path = Release(temp, "1.0.0");

        File.AppendAllText(Path.Combine(path, "csv", "panel.csv"), "x");
        File.WriteAllText(Path.Combine(path, "extra.txt"), "?");

        var problems = ReleaseVerifier.Verify(path);
        Assert.Contains(problems, p => p.StartsWith("csv/panel.csv", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("extra.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_DataFilesThatDoNotMatchTheDataset_AreRefused()
    {
        using var temp = new TempDir();
        var data = TestData.WriteTo(temp.Sub("data"), TestData.AlphaEvidence.Replace("value: 60", "value: 61", StringComparison.Ordinal));
        var request = new ReleaseRequest("1.0.0", temp.Sub("releases"), data, new PanelOptions(TestData.Today), Created);

        var e = Assert.Throws<ExportException>(() => ReleaseBuilder.Create(TestData.Load(), request));

        Assert.Contains("do not reproduce", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Sub("releases/defacto-1.0.0")));
    }
}
