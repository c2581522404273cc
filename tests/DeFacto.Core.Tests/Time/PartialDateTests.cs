using DeFacto.Core.Time;

namespace DeFacto.Core.Tests.Time;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2015", "2015-01-01", "2015-12-31")]
    [InlineData("2015-02", "2015-02-01", "2015-02-28")]
    [InlineData("2016-02", "2016-02-01", "2016-02-29")]
    [InlineData("2015-03-18", "2015-03-18", "2015-03-18")]
    public void Parse_ValidDate_GivesItsPeriod(string text, string start, string end)
    {
        var d = PartialDate.Parse(text);
        Assert.True(d.Success);
        Assert.Equal(start, d.Value.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(end, d.Value.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(text, d.Value.ToString());
    }

    [Theory]
    [InlineData("2015-13-45")]
    [InlineData("2015-02-29")]
    [InlineData("2015-00")]
    [InlineData("15-03-18")]
    [InlineData("March 2015")]
    [InlineData("")]
    [InlineData("2015-03-18-01")]
    public void Parse_ImpossibleDate_FailsWithReason(string text)
    {
        var d = PartialDate.Parse(text);
        Assert.False(d.Success);
        Assert.False(string.IsNullOrWhiteSpace(d.Error));
    }

    [Fact]
    public void CompareTo_SameStart_PreciserSortsLater()
    {
        var month = PartialDate.Parse("2015-03").Value;
        var day = PartialDate.Parse("2015-03-01").Value;
        Assert.True(month < day);
        Assert.True(PartialDate.Parse("2014").Value < month);
    }
}
