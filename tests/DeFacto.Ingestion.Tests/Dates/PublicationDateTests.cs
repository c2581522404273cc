using DeFacto.Ingestion.Dates;
using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Tests.Dates;

public sealed class PublicationDateTests
{
    private static List<DateMention> Mentions(string text) =>
        DateParser.Parse(text, Tokenizer.Tokenize(text, 0, text.Length));

    [Fact]
    public void Infer_WeekdayBesideMonthDay_PutsDocumentInThatMonth()
    {
        var text = "The accord was signed in January 2015. Last Wednesday, March 18, was a busy day.";

        var published = PublicationDate.Infer(null, Mentions(text));

        Assert.Equal("2015-03", published?.ToString());
    }

    [Fact]
    public void Infer_WeekdayPointsToNextYear_TakesTheYearWhoseWeekdayFits()
    {
        // 2 January 2016 was a Saturday; the latest year named is 2015.
        var text = "Elections were held in 2015. On Saturday, January 2, crowds gathered.";

        Assert.Equal("2016-01", PublicationDate.Infer(null, Mentions(text))?.ToString());
    }

    [Fact]
    public void Infer_DeclaredDate_WinsOverTheText()
    {
        Assert.Equal("2019-06-01", PublicationDate.Infer("2019-06-01T10:00:00Z", Mentions("In 2008 it began."))?.ToString());
    }

    [Fact]
    public void Infer_NoWeekday_TakesTheLatestDateInTheLatestYear()
    {
        var text = "Troops arrived in August 2008. On 9 September 2008 the minister spoke.";

        Assert.Equal("2008-09-09", PublicationDate.Infer(null, Mentions(text))?.ToString());
    }

    [Fact]
    public void Infer_NoDates_IsNull()
    {
        Assert.Null(PublicationDate.Infer(null, Mentions("Nothing dated here.")));
    }
}
