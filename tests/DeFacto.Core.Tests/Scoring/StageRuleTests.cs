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
        Assert.Equal(expected, StageRule.Classify(index, [index, index, index, index, index, index, index], false, T));

    [Fact]
    public void Classify_HighIndexAllDomainsHighFiveEvidenced_DeFactoAnnexation() =>
        Assert.Equal(Stage.DeFactoAnnexation, StageRule.Classify(0.9, [0.9, 0.9, 0.9, 0.9, 0.9, double.NaN, double.NaN], false, T));

    [Fact]
    public void Classify_OnlyFourDomainsEvidenced_StaysIntegration() =>
        Assert.Equal(Stage.Integration, StageRule.Classify(0.95, [0.95, 0.95, 0.95, 0.95, double.NaN, double.NaN, double.NaN], false, T));

    [Fact]
    public void Classify_OneDomainBelowMinimum_StaysIntegration() =>
        Assert.Equal(Stage.Integration, StageRule.Classify(0.85, [1, 1, 1, 1, 1, 1, 0.59], false, T));

    [Fact]
    public void Classify_Incorporated_DeJureWhateverTheIndex() =>
        Assert.Equal(Stage.DeJureAnnexation, StageRule.Classify(0.1, [0.1], true, T));

    [Fact]
    public void Classify_ShiftedThresholds_MoveTheBoundary()
    {
        Assert.Equal(Stage.Integration, StageRule.Classify(0.45, [0.45], false, T.Shift(-0.1)));
        Assert.Equal(Stage.Patronage, StageRule.Classify(0.55, [0.55], false, T.Shift(0.1)));
    }
}
