using System.Text.Json;
using DeFacto.Exports.Formats;

namespace DeFacto.Exports.Tests.Formats;

public sealed class JsonExportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    [Fact]
    public void Panel_IsAnArrayOfRecords_EqualToTheAssessments()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(fixture.PathOf(ExportFormat.Json, "panel.json")));

        Assert.Equal(fixture.Panel.Rows.Count, doc.RootElement.GetArrayLength());
        foreach (var row in doc.RootElement.EnumerateArray())
        {
            var a = Expected.Assess(fixture.Dataset, row.GetProperty("territory").GetString()!, row.GetProperty("year").GetInt32(), row.GetProperty("basis").GetString()!, TestData.Today);
            foreach (var (column, expected) in Expected.Cells(a))
            {
                var cell = row.GetProperty(column);
                object? actual = cell.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.Number => cell.GetDouble(),
                    _ => cell.GetString(),
                };
                Assert.True(Equals(expected, actual), $"{column}: expected {expected}, got {actual}");
            }
        }
    }

    [Fact]
    public void Observations_KeepUnicodeAndNulls()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(fixture.PathOf(ExportFormat.Json, "observations.json")));

        var row = doc.RootElement.EnumerateArray().Single(r => r.GetProperty("observation_id").GetString() == "alpha-currency-2010");
        Assert.Equal(JsonValueKind.Null, row.GetProperty("value").ValueKind);
        Assert.Equal("Новости: currency, passports", row.GetProperty("source_title").GetString());
    }
}
