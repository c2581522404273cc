using DeFacto.Core.Evidence;
using DeFacto.Web.Assessments;
using DeFacto.Web.Pages;

namespace DeFacto.Web.Tests.Pages;

public sealed class FormTests
{
    [Theory]
    [InlineData("90", 90.0, null, null, null)]
    [InlineData("30,000–40,000", null, 30000.0, 40000.0, null)]
    [InlineData("62-68", null, 62.0, 68.0, null)]
    [InlineData("systematic", null, null, null, "systematic")]
    public void ParseValue_Text_GivesPointRangeOrCategory(string text, double? point, double? low, double? high, string? category)
    {
        var parsed = CandidateForm.ParseValue(text);

        Assert.True(parsed.Success);
        Assert.Equal(new ObservedValue(point, low, high, category), parsed.Value);
    }

    [Theory]
    [InlineData("70-60")]
    [InlineData("12 apples")]
    public void ParseValue_Nonsense_SaysWhy(string text)
    {
        Assert.False(CandidateForm.ParseValue(text).Success);
    }

    [Fact]
    public void ToEdit_BadDate_SaysWhy()
    {
        var edit = new CandidateForm { AsOf = "2015-02-30" }.ToEdit();

        Assert.False(edit.Success);
        Assert.Contains("28 days", edit.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2015", "2015-12-31")]
    [InlineData("2016-02", "2016-02-29")]
    [InlineData("2014-03-18", "2014-03-18")]
    [InlineData("", "2026-11-26")]
    public void Date_PartialDates_MeanTheEndOfThePeriod(string text, string expected)
    {
        var parsed = Query.Date(text, new DateOnly(2026, 11, 26));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Fact]
    public void Fold_IndentedHtml_BecomesOneLine()
    {
        Assert.Equal("<ul> <li>a</li> <li>b c</li> </ul>", CompactHtml.Fold("<ul>\n    <li>a</li>\r\n    <li>b c</li>\n</ul>\n"));
    }
}
