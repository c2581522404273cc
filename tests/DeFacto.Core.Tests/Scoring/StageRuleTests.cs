using DeFacto.Core.Coding;
using DeFacto.Core.Scoring;

namespace DeFacto.Core.Tests.Scoring;

public sealed class StageRuleTests
{
    private static readonly StageThresholds T = StageThresholds.Default;

    [Theory]
    [InlineData(0.1, Stage.Sovereign)]
    [InlineData(0.249, Stage.Sovereign)]
    [InlineData(0.25, Stage.Patronage)]
    [InlineData(0.49, Stage.Patronage)]
    [InlineData(0.5, Stage.Integration)]
    [InlineData(0.79, Stage.Integration)]
    public void Classify_ByIndex_GivesStage(double index, Stage expected) =>
        Assert.Equal(expected, StageRule.Classify(index, index, 7, T));

    [Fact]
    public void Classify_HighIndexAllDomainsHighFiveCurrent_DeFactoAnnexation() =>
        Assert.Equal(Stage.DeFactoAnnexation, StageRule.Classify(0.9, 0.9, 5, T));

    [Fact]
    public void Classify_OnlyFourDomainsCurrent_StaysIntegration() =>
        Assert.Equal(Stage.Integration, StageRule.Classify(0.95, 0.95, 4, T));

    [Fact]
    public void Classify_OneDomainBelowMinimum_StaysIntegration() =>
        Assert.Equal(Stage.Integration, StageRule.Classify(0.85, 0.59, 7, T));

    [Fact]
    public void Classify_ShiftedThresholds_MoveTheBoundary()
    {
        Assert.Equal(Stage.Integration, StageRule.Classify(0.45, 0.45, 7, T.Shift(-0.1)));
        Assert.Equal(Stage.Patronage, StageRule.Classify(0.55, 0.55, 7, T.Shift(0.1)));
    }
}
