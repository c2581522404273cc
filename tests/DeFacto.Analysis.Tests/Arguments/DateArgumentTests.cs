using DeFacto.Analysis.Arguments;

namespace DeFacto.Analysis.Tests.Arguments;

public sealed class DateArgumentTests
{
    [Theory]
    [InlineData("2015", "2015-12-31")]
    [InlineData("2016-02", "2016-02-29")]
    [InlineData("2014-03-18", "2014-03-18")]
    [InlineData("2015-1-1", "2015-01-01")]
    [InlineData(null, "2026-11-26")]
    public void AsOf_PartialDates_MeanTheEndOfThePeriod(string? text, string expected)
    {
        var parsed = DateArgument.AsOf(text, new DateOnly(2026, 11, 26));

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("2015-13-45")]
    [InlineData("2015-02-30")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void AsOf_Impossible_IsAProblemOnAsOf(string text)
    {
        var parsed = DateArgument.AsOf(text, new DateOnly(2026, 11, 26));

        Assert.False(parsed.TryGetValue(out _));
        Assert.Equal("as-of", Assert.Single(parsed.Problems).Field);
    }
}
