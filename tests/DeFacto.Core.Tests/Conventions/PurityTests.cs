using System.Text.RegularExpressions;
using DeFacto.Tests;

namespace DeFacto.Core.Tests.Conventions;

/// <summary>House rules for the core: no I/O, no clock, no ambient randomness, no packages.</summary>
public sealed partial class PurityTests
{
    private static readonly string CoreDir = Path.Combine(RepoPaths.Root, "src", "DeFacto.Core");

    [Fact]
    public void Core_Sources_UseNoIoClockOrAmbientRandomness()
    {
        var offenders = Directory.EnumerateFiles(CoreDir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => Banned().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(CoreDir, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Core_Project_ReferencesNoPackageOrProject()
    {
        var csproj = File.ReadAllText(Path.Combine(CoreDir, "DeFacto.Core.csproj"));
        Assert.DoesNotContain("PackageReference", csproj, StringComparison.Ordinal);
        Assert.DoesNotContain("ProjectReference", csproj, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_Assembly_ReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(DeFacto.Core.Scoring.Assessor).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal), name));
        Assert.DoesNotContain(references, n => n.Contains("Console", StringComparison.Ordinal) || n.Contains("Net.", StringComparison.Ordinal) || n.Contains("IO.FileSystem", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(File|Directory|Console|Environment|HttpClient|Process)\.|DateTime\.(Now|UtcNow|Today)|DateTimeOffset\.(Now|UtcNow)|new Random\(|Random\.Shared|Stopwatch|FileStream|StreamReader")]
    private static partial Regex Banned();
}
