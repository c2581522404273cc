using DeFacto.Dataset;
using DeFacto.Tests;

namespace DeFacto.Core.Tests;

/// <summary>
/// The one Core test that reads the real data/: it loads without problems, and every indicator and domain
/// the fixture codebook has is still in the real codebook with the same kind, so the fixture tests still speak for it.
/// </summary>
public sealed class RealDataTests
{
    [Fact]
    public void RealCodebook_LoadsAndKeepsTheFixturesIndicators()
    {
        var real = DatasetReader.Load(RepoPaths.Data);
        Assert.True(real.Ok, string.Join("\n", real.Problems));
        var codebook = real.Dataset!.Codebook;

        var missing = Fixture.Codebook.Indicators
            .Where(i => codebook.FindIndicator(i.Id) is not { } r || r.IsNumeric != i.IsNumeric)
            .Select(i => i.Id).ToList();
        Assert.Empty(missing);
        Assert.Equal(Fixture.Codebook.Domains.Select(d => d.Id).Order(StringComparer.Ordinal), codebook.Domains.Select(d => d.Id).Order(StringComparer.Ordinal));
    }
}
