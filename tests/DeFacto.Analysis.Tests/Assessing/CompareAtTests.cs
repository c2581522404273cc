using DeFacto.Analysis.Assessing;

namespace DeFacto.Analysis.Tests.Assessing;

public sealed class CompareAtTests
{
    private static readonly Workbench Bench = Bundled.On(new DateOnly(2026, 11, 26));

    [Fact]
    public void Plan_NoReference_IsCrimea()
    {
        Assert.Equal("crimea", CompareAt.Plan(Bench, new CompareArguments(["abkhazia"])).Value.Reference.Id);
    }

    [Fact]
    public void Plan_UnknownReference_IsAProblemOnTheReference()
    {
        Assert.Equal("reference", Assert.Single(CompareAt.Plan(Bench, new CompareArguments(["abkhazia"], Reference: "atlantis")).Problems).Field);
    }

    [Fact]
    public void Plan_NoTerritory_IsAProblem()
    {
        Assert.Single(CompareAt.Plan(Bench, new CompareArguments([])).Problems);
    }
}
