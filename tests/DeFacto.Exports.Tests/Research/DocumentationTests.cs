using DeFacto.Exports.Citations;
using DeFacto.Exports.Documents;

namespace DeFacto.Exports.Tests.Research;

/// <summary>The committed documents say what the code does: docs/variables.md, CITATION.cff.</summary>
public sealed class DocumentationTests(RealDataExport export) : IClassFixture<RealDataExport>
{
    private static string Repository => Path.GetDirectoryName(TestData.RealDataDirectory())!;

    [Fact]
    public void VariablesDoc_IsWhatTheExportGenerates()
    {
        var expected = VariablesDocument.Render(export.Set.AllTables(RealDataExport.Info));
        var committed = File.ReadAllText(Path.Combine(Repository, "docs", "variables.md"));

        Assert.True(expected == committed,
            "docs/variables.md is out of date: run `defacto export --format csv --out X --data data` and copy X/variables.md to docs/variables.md");
    }

    [Fact]
    public void CodebookDocs_LinkToTheVariables()
    {
        Assert.Contains("](variables.md)", CodebookMarkdown.Render(export.Dataset.Codebook), StringComparison.Ordinal);
        Assert.Contains("href=\"variables.md\"", CodebookHtml.Render(export.Dataset.Codebook), StringComparison.Ordinal);
    }

    [Fact]
    public void CitationFile_NamesTheProgramsVersion()
    {
        var cff = File.ReadAllLines(Path.Combine(Repository, "CITATION.cff"));

        Assert.Contains("cff-version: 1.2.0", cff);
        Assert.Contains($"version: \"{DatasetCitation.CurrentProgramVersion}\"", cff);
        Assert.Contains(cff, l => l.StartsWith("title: ", StringComparison.Ordinal) && l.Contains(DatasetCitation.Title, StringComparison.Ordinal));
    }
}
