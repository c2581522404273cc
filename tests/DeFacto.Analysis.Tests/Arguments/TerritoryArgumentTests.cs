using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Arguments;

namespace DeFacto.Analysis.Tests.Arguments;

public sealed class TerritoryArgumentTests
{
    [Theory]
    [InlineData("south-ossetia")]
    [InlineData("South Ossetia")]
    [InlineData("SOUTH OSSETIA")]
    public void Resolve_IdOrName_FindsTheTerritory(string text)
    {
        Assert.Equal("south-ossetia", TerritoryArgument.Resolve(Bundled.Dataset.Registry, text).Value.Id);
    }

    [Fact]
    public void Resolve_Misspelt_IsNotFoundWithTheNearestId()
    {
        var problem = Assert.Single(TerritoryArgument.Resolve(Bundled.Dataset.Registry, "south-osetia").Problems);

        Assert.Equal(ProblemKind.NotFound, problem.Kind);
        Assert.Contains("south-ossetia", problem.Suggestions);
    }

    [Fact]
    public void Resolve_AState_IsRefusedAsNotATerritory()
    {
        var problem = Assert.Single(TerritoryArgument.Resolve(Bundled.Dataset.Registry, "georgia").Problems);

        Assert.Contains("is a state", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveAll_Duplicates_KeepsEachOnceInOrder()
    {
        var places = TerritoryArgument.ResolveAll(Bundled.Dataset.Registry, ["abkhazia", "South Ossetia", "abkhazia"]).Value;

        Assert.Equal(["abkhazia", "south-ossetia"], places.Select(p => p.Id));
    }

    [Fact]
    public void ResolveAll_TwoUnknown_ReportsBoth()
    {
        Assert.Equal(2, TerritoryArgument.ResolveAll(Bundled.Dataset.Registry, ["atlantis", "abkhazia", "lemuria"]).Problems.Count);
    }
}
