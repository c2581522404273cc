using System.Text;
using DeFacto.Tests;

namespace DeFacto.Dataset.Tests.Reading;

/// <summary>YAML that would crash, hang or silently lose data is refused with its file and line.</summary>
public sealed class YamlLimitsTests : IDisposable
{
    private const string Good =
        "territory: south-ossetia\nobservations:\n  - id: o1\n    indicator: finance.patron_budget_share\n    value: 90\n    unit: percent\n    status: in-place\n    as_of: 2015-03\n    source: src\n    locator: p. 1\n    quote: \"90 per cent\"\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "defacto-yaml-limits-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("x: ", "[", "]")]
    [InlineData("x: ", "{a: ", "}")]
    [InlineData("x:\n  ", "- ", "")]
    public void Load_NestingFarTooDeep_IsOneProblemNotACrash(string key, string open, string close)
    {
        var deep = "territory: crimea\n" + key + string.Concat(Enumerable.Repeat(open, 100_000)) + "1" + string.Concat(Enumerable.Repeat(close, 100_000)) + "\n";

        var problem = Assert.Single(Problems(deep));

        Assert.Equal("evidence/e.yaml", problem.File);
        Assert.Contains("more than 64 levels deep", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NestingWithinTheLimit_IsReadAsUsual()
    {
        var nested = Good + "note_nesting: " + new string('[', 40) + new string(']', 40) + "\n";

        Assert.DoesNotContain(Problems(nested), p => p.Message.Contains("levels deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SecondDocument_IsRefusedNotDropped()
    {
        var problem = Assert.Single(Problems(Good + "---\n" + Good.Replace("o1", "o2", StringComparison.Ordinal)));

        Assert.Equal(13, problem.Line);
        Assert.Contains("second YAML document", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TrailingDocumentMarkerWithNothingAfter_IsHarmless()
    {
        Assert.Empty(Problems("---\n" + Good + "---\n"));
    }

    [Fact]
    public void Load_AliasesThatExpandExponentially_AreRefused()
    {
        var bomb = new StringBuilder("territory: crimea\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            bomb.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var problem = Assert.Single(Problems(bomb.ToString()));

        Assert.Contains("aliases", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Latin1File_IsRefusedWithTheLineOfTheFirstBadByte()
    {
        var dir = Folder(Encoding.Latin1.GetBytes(Good.Replace("p. 1", "p. 1 (r\u00e9sum\u00e9)", StringComparison.Ordinal)));

        var problem = Assert.Single(DatasetReader.Load(dir).Problems);

        Assert.EndsWith(Path.Combine("evidence", "e.yaml"), problem.File, StringComparison.Ordinal);
        Assert.Equal(10, problem.Line);
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Utf8WithByteOrderMark_IsRead()
    {
        var dir = Folder([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Good)]);

        Assert.True(DatasetReader.Load(dir).Ok, string.Join("\n", DatasetReader.Load(dir).Problems));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // The real registry cites its sources (each territory's `since`), so the real source files come along.
    internal static Dictionary<string, string> Minimal(string evidence)
    {
        var files = new Dictionary<string, string>
        {
            ["codebook.yaml"] = File.ReadAllText(Path.Combine(RepoPaths.Data, "codebook.yaml")),
            ["territories.yaml"] = File.ReadAllText(Path.Combine(RepoPaths.Data, "territories.yaml")),
            ["sources/s.yaml"] = "sources:\n  - {id: src, kind: report, title: A report}\n",
            ["evidence/e.yaml"] = evidence,
        };
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoPaths.Data, "sources"), "*.yaml"))
        {
            files["sources/real-" + Path.GetFileName(path)] = File.ReadAllText(path);
        }

        return files;
    }

    private static IReadOnlyList<DatasetProblem> Problems(string evidence) => DatasetReader.Load(Minimal(evidence)).Problems;

    private string Folder(byte[] evidence)
    {
        foreach (var (name, text) in Minimal(""))
        {
            var path = Path.Combine(_folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        File.WriteAllBytes(Path.Combine(_folder, "evidence", "e.yaml"), evidence);
        return _folder;
    }
}
