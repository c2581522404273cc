using System.Text.Json;
using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.EndToEnd;

public sealed class JsonContractTests
{
    [Fact]
    public void Write_Result_UsesExactlyTheContractNames()
    {
        var result = TestCodebook.Pipeline.Run(DocumentInput.FromText("t.txt", "On 3 June 2020 Patronia signed a treaty with North Enclave, which hosts 2,000 troops."));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            IngestionJson.Write(result, writer);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal(["document", "observations", "events"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["title", "published", "primaryTerritory"], root.GetProperty("document").EnumerateObject().Select(p => p.Name));
        var observation = root.GetProperty("observations")[0];
        Assert.Equal(
            ["territory", "indicator", "value", "low", "high", "category", "unit", "status", "qualifier", "asOf", "span", "quote", "confidence", "sentence", "paragraph"],
            observation.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["start", "length"], observation.GetProperty("span").EnumerateObject().Select(p => p.Name));
        var e = root.GetProperty("events")[0];
        Assert.Equal(["type", "date", "parties", "title", "span", "quote", "confidence", "sentence", "paragraph"], e.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["text", "span"], observation.GetProperty("sentence").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["text", "span"], e.GetProperty("paragraph").EnumerateObject().Select(p => p.Name));
        Assert.Equal("2020-06-03", e.GetProperty("date").GetString());
        Assert.Equal("in-place", observation.GetProperty("status").GetString());
    }
}
