using DeFacto.Analysis.Arguments;
using DeFacto.Core.Evidence;

namespace DeFacto.Analysis.Tests.Arguments;

public sealed class ValueArgumentTests
{
    [Theory]
    [InlineData("90", 90.0, null, null, null)]
    [InlineData("-3.5", -3.5, null, null, null)]
    [InlineData("30,000", 30000.0, null, null, null)]
    [InlineData("30,000–40,000", null, 30000.0, 40000.0, null)]
    [InlineData("30000—40000", null, 30000.0, 40000.0, null)]
    [InlineData("62-68", null, 62.0, 68.0, null)]
    [InlineData("Systematic", null, null, null, "systematic")]
    [InlineData("partial-controls", null, null, null, "partial-controls")]
    public void Parse_Text_GivesPointRangeOrCategory(string text, double? point, double? low, double? high, string? category)
    {
        var parsed = ValueArgument.Parse(text);

        Assert.True(parsed.Ok, string.Join("; ", parsed.Problems));
        Assert.Equal(ObservedValue.Create(point, low, high, category).Value, parsed.Value);
    }

    [Theory]
    [InlineData("70-60", "backwards")]
    [InlineData("12 apples", "neither")]
    [InlineData("", "required")]
    public void Parse_Nonsense_IsAProblemOnTheValueField(string text, string why)
    {
        var parsed = ValueArgument.Parse(text);

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal("value", problem.Field);
        Assert.Contains(why, problem.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => parsed.Value);
    }
}
