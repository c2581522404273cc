using DeFacto.Tests;

namespace DeFacto.Dataset.Tests.Reading;

/// <summary>
/// An evidence-only folder (what `ledger import` takes with the ledger's own codebook and registry)
/// is not refused because the registry cites sources the folder does not repeat.
/// </summary>
public sealed class EvidenceOnlyFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "defacto-evidence-only-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Load_WithTheRegistryFromDefaults_DoesNotAskTheFolderForTheRegistrysSources()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "evidence"));
        Directory.CreateDirectory(Path.Combine(_folder, "sources"));
        File.WriteAllText(Path.Combine(_folder, "sources", "s.yaml"), "sources:\n  - {id: src, kind: report, title: A report}\n");
        File.WriteAllText(Path.Combine(_folder, "evidence", "e.yaml"),
            "territory: crimea\nobservations:\n  - id: o1\n    indicator: finance.patron_budget_share\n    value: 60\n    unit: percent\n    status: in-place\n    as_of: 2016\n    source: src\n    locator: p. 1\n    quote: \"60 per cent\"\n");
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["codebook.yaml"] = File.ReadAllText(Path.Combine(RepoPaths.Data, "codebook.yaml")),
            ["territories.yaml"] = File.ReadAllText(Path.Combine(RepoPaths.Data, "territories.yaml")),
        };

        var result = DatasetReader.Load(_folder, defaults);

        Assert.True(result.Ok, string.Join("\n", result.Problems.Select(p => p.ToString())));
        Assert.Single(result.Dataset!.Ledger.Observations);
    }

    [Fact]
    public void Load_WithItsOwnRegistry_StillChecksTheRegistrysSources()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "sources"));
        File.WriteAllText(Path.Combine(_folder, "sources", "s.yaml"), "sources:\n  - {id: src, kind: report, title: A report}\n");
        File.Copy(Path.Combine(RepoPaths.Data, "codebook.yaml"), Path.Combine(_folder, "codebook.yaml"));
        File.Copy(Path.Combine(RepoPaths.Data, "territories.yaml"), Path.Combine(_folder, "territories.yaml"));

        var result = DatasetReader.Load(_folder);

        Assert.Contains(result.Problems, p => p.Message.Contains("since_source", StringComparison.Ordinal) || p.Field.Contains("since_source", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
