using System.Security.Cryptography;
using System.Text.Json;
using DeFacto.Exports.Formats;
using DeFacto.Exports.Packaging;
using DeFacto.Exports.Tests.Readers;

namespace DeFacto.Exports.Tests.Packaging;

public sealed class DataPackageTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private static readonly string[] SchemaTypes = ["string", "integer", "number", "date", "boolean"];

    private JsonElement Package(ExportFormat format) =>
        JsonDocument.Parse(File.ReadAllText(fixture.PathOf(format, DataPackage.FileName))).RootElement;

    [Fact]
    public void CsvPackage_EveryTableSchema_MatchesItsCsvHeader()
    {
        var package = Package(ExportFormat.Csv);

        var tables = package.GetProperty("resources").EnumerateArray().Where(r => r.TryGetProperty("schema", out _)).ToList();
        Assert.Equal(fixture.Set.AllTables(ExportFixture.Info).Count, tables.Count);
        foreach (var resource in tables)
        {
            var (header, rows) = Rfc4180.Read(fixture.PathOf(ExportFormat.Csv, resource.GetProperty("path").GetString()!));
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(header, fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));
            Assert.All(fields, f => Assert.Contains(f.GetProperty("type").GetString(), SchemaTypes));
            Assert.Equal(rows.Count, resource.GetProperty("rows").GetInt32());
            var key = resource.GetProperty("schema").GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()!).ToList();
            Assert.NotEmpty(key);
            Assert.Equal(rows.Count, rows.Select(r => string.Join("\u0001", key.Select(k => r[k]))).Distinct().Count());
            Assert.Equal([""], resource.GetProperty("schema").GetProperty("missingValues").EnumerateArray().Select(m => m.GetString()));
        }
    }

    [Fact]
    public void CsvPackage_TypedFields_HoldValuesOfTheirType()
    {
        foreach (var resource in Package(ExportFormat.Csv).GetProperty("resources").EnumerateArray().Where(r => r.TryGetProperty("schema", out _)))
        {
            var (_, rows) = Rfc4180.Read(fixture.PathOf(ExportFormat.Csv, resource.GetProperty("path").GetString()!));
            foreach (var field in resource.GetProperty("schema").GetProperty("fields").EnumerateArray())
            {
                var name = field.GetProperty("name").GetString()!;
                var type = field.GetProperty("type").GetString();
                foreach (var cell in rows.Select(r => r[name]).Where(c => c.Length > 0))
                {
                    var ok = type switch
                    {
                        "integer" => long.TryParse(cell, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
                        "number" => double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) && !cell.Contains('E', StringComparison.OrdinalIgnoreCase),
                        "date" => DateOnly.TryParseExact(cell, "yyyy-MM-dd", out _),
                        "boolean" => cell is "true" or "false",
                        _ => true,
                    };
                    Assert.True(ok, $"{resource.GetProperty("name")}.{name}: '{cell}' is not a {type}");
                }
            }
        }
    }

    [Fact]
    public void CsvPackage_ForeignKeys_Resolve()
    {
        var resources = Package(ExportFormat.Csv).GetProperty("resources").EnumerateArray().ToList();
        foreach (var resource in resources.Where(r => r.TryGetProperty("schema", out var s) && s.TryGetProperty("foreignKeys", out _)))
        {
            var (_, rows) = Rfc4180.Read(fixture.PathOf(ExportFormat.Csv, resource.GetProperty("path").GetString()!));
            foreach (var fk in resource.GetProperty("schema").GetProperty("foreignKeys").EnumerateArray())
            {
                var target = resources.Single(r => r.GetProperty("name").GetString() == fk.GetProperty("reference").GetProperty("resource").GetString());
                var keys = Rfc4180.Read(fixture.PathOf(ExportFormat.Csv, target.GetProperty("path").GetString()!)).Rows
                    .Select(r => r[fk.GetProperty("reference").GetProperty("fields").GetString()!]).ToHashSet();
                var field = fk.GetProperty("fields").GetString()!;
                Assert.All(rows.Where(r => r[field].Length > 0), r => Assert.Contains(r[field], keys));
            }
        }
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Parquet)]
    [InlineData(ExportFormat.Xlsx)]
    [InlineData(ExportFormat.Json)]
    public void Package_DescribesEveryFileWritten_WithTheRightHash(ExportFormat format)
    {
        var package = Package(format);
        var resources = package.GetProperty("resources").EnumerateArray().ToList();

        var onDisk = Directory.GetFiles(fixture.Directories[format]).Select(Path.GetFileName).Where(f => f != DataPackage.FileName).Order().ToList();
        Assert.Equal(onDisk, resources.Select(r => r.GetProperty("path").GetString()).Distinct().Order());
        Assert.Contains(resources, r => r.GetProperty("name").GetString()!.Contains("panel", StringComparison.Ordinal));
        Assert.Contains(resources, r => r.GetProperty("name").GetString()!.Contains("source", StringComparison.Ordinal));
        foreach (var r in resources.Where(r => r.TryGetProperty("hash", out _)))
        {
            var bytes = File.ReadAllBytes(fixture.PathOf(format, r.GetProperty("path").GetString()!));
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), r.GetProperty("hash").GetString());
            Assert.Equal(bytes.Length, r.GetProperty("bytes").GetInt64());
        }

        Assert.Equal("CC-BY-4.0", package.GetProperty("licenses")[0].GetProperty("name").GetString());
        Assert.Equal(fixture.Dataset.Ledger.Sources.Count, package.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public void XlsxPackage_NamesTheSheetOfEachTable()
    {
        var panel = Package(ExportFormat.Xlsx).GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "panel");

        Assert.Equal(Exporter.WorkbookFile, panel.GetProperty("path").GetString());
        Assert.Equal("panel", panel.GetProperty("dialect").GetProperty("sheetName").GetString());
        Assert.Equal("panel", panel.GetProperty("dialect").GetProperty("excel").GetProperty("sheet").GetString());
        Assert.Equal("tabular-data-resource", panel.GetProperty("profile").GetString());
        Assert.StartsWith("sha256:", panel.GetProperty("hash").GetString(), StringComparison.Ordinal);
    }
}
