using DeFacto.Core.Time;
using DeFacto.Ingestion.Dates;
using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Tests.Dates;

public sealed class DateParserTests
{
    private static PartialDate? Resolve(string text, string? document)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var mention = Assert.Single(DateParser.Parse(text, tokens));
        return DateResolver.Resolve(mention, document is null ? null : PartialDate.Parse(document).Value);
    }

    [Theory]
    [InlineData("on 18 March 2015 they met", "2015-03-18")]
    [InlineData("on March 18, 2015 they met", "2015-03-18")]
    [InlineData("signed in January 2015", "2015-01")]
    [InlineData("recognised in August 2008", "2008-08")]
    [InlineData("since 2008", "2008")]
    [InlineData("dated 2015-03-18", "2015-03-18")]
    [InlineData("dated 18.03.2015", "2015-03-18")]
    [InlineData("подписан 18 марта 2015 года", "2015-03-18")]
    [InlineData("on 26th of August 2008", "2008-08-26")]
    public void Resolve_AbsoluteDate_NeedsNoDocumentDate(string text, string expected)
    {
        Assert.Equal(expected, Resolve(text, null)?.ToString());
    }

    [Theory]
    [InlineData("Last Wednesday, March 18, was a good day", "2015-03", "2015-03-18")]
    [InlineData("Last Wednesday, March 18, was a good day", "2016", "2015-03-18")]
    [InlineData("On Saturday, January 2 they met", "2015-12", "2016-01-02")]
    [InlineData("on September 9 he said", "2008-09-10", "2008-09-09")]
    [InlineData("on December 30 he said", "2016-01-05", "2015-12-30")]
    [InlineData("yesterday he said", "2015-03-19", "2015-03-18")]
    [InlineData("last year it rose", "2015-03", "2014")]
    public void Resolve_RelativeDate_CountsFromTheDocumentDate(string text, string document, string expected)
    {
        Assert.Equal(expected, Resolve(text, document)?.ToString());
    }

    [Fact]
    public void Parse_Anniversary_IsKeptForEvents()
    {
        var text = "the first anniversary of the annexation";
        var mention = Assert.Single(DateParser.Parse(text, Tokenizer.Tokenize(text, 0, text.Length)));

        Assert.Equal(1, mention.Anniversary);
    }

    [Theory]
    [InlineData("They may agree.")]
    [InlineData("The march was long.")]
    [InlineData("It has 2015 members.")]
    public void Parse_WordsThatOnlyLookLikeDates_AreNotDates(string text)
    {
        Assert.Empty(DateParser.Parse(text, Tokenizer.Tokenize(text, 0, text.Length)));
    }
}
