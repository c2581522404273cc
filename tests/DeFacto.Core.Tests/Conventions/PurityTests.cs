using System.Xml.Linq;
using DeFacto.Tests;

namespace DeFacto.Core.Tests.Conventions;

/// <summary>
/// House rules for the core: no I/O, no clock, no ambient randomness, no packages. The banned-API analyzer
/// (src/DeFacto.Core/BannedSymbols.txt) refuses the calls at build time; these tests keep it switched on and
/// keep the core free of runtime dependencies.
/// </summary>
public sealed class PurityTests
{
    private static readonly string CoreDir = Path.Combine(RepoPaths.Root, "src", "DeFacto.Core");

    [Fact]
    public void Core_Project_ReferencesNoProjectAndOnlyBuildTimeAnalyzers()
    {
        var project = XDocument.Load(Path.Combine(CoreDir, "DeFacto.Core.csproj"));
        Assert.Empty(project.Descendants("ProjectReference"));
        Assert.All(project.Descendants("PackageReference"), p =>
        {
            Assert.Equal("all", (string?)p.Attribute("PrivateAssets"));
            Assert.EndsWith("Analyzers", (string?)p.Attribute("Include"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Core_BannedSymbols_CoverIoClockAndRandomness()
    {
        var banned = File.ReadAllLines(Path.Combine(CoreDir, "BannedSymbols.txt")).Select(l => l.Split(';')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal)
        {
            "T:System.IO.File", "T:System.Console", "T:System.Environment", "P:System.DateTime.Now", "P:System.DateTime.UtcNow",
            "P:System.DateTimeOffset.UtcNow", "P:System.Random.Shared", "M:System.Random.#ctor", "T:System.Diagnostics.Stopwatch",
        }, banned);
    }

    [Fact]
    public void Core_Assembly_ReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(DeFacto.Core.Scoring.Assessor).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal), name));
        Assert.DoesNotContain(references, n => n.Contains("Console", StringComparison.Ordinal) || n.Contains("Net.", StringComparison.Ordinal) || n.Contains("IO.FileSystem", StringComparison.Ordinal));
    }
}
