using System.Text.RegularExpressions;
using DeFacto.Tests;

namespace DeFacto.Dataset.Tests.Reading;

/// <summary>The YAML examples of docs/data-format.md read without a problem beside the bundled dataset.</summary>
public sealed partial class DocumentedExampleTests
{
    [Theory]
    [InlineData("## Sources", "sources/documented-example.yaml")]
    [InlineData("## Evidence", "evidence/documented-example.yaml")]
    public void DataFormatExample_ReadsWithoutProblems(string section, string asFile)
    {
        var texts = Directory.GetFiles(RepoPaths.Data, "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(RepoPaths.Data, f).Replace('\\', '/'), File.ReadAllText);
        // The examples use ids the bundled dataset has; they get ids of their own so that they add records.
        texts[asFile] = ListedId().Replace(Example(section), m => m.Value + "-documented-example");

        var problems = DatasetReader.Load(texts).Problems;

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string Example(string section)
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "data-format.md"));
        var start = doc.IndexOf("```yaml\n", doc.IndexOf(section, StringComparison.Ordinal), StringComparison.Ordinal) + "```yaml\n".Length;
        return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex(@"(?<=^  - id: )[a-z0-9-]+", RegexOptions.Multiline)]
    private static partial Regex ListedId();
}
