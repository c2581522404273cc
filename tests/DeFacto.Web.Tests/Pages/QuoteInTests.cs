using DeFacto.Web.Pages;

namespace DeFacto.Web.Tests.Pages;

/// <summary>Where the review page marks a quote in its sentence.</summary>
public sealed class QuoteInTests
{
    private const string Sentence = "Officials said 40 per cent, not 40 per cent as before.";

    [Fact]
    public void QuoteIn_AtItsSpan_IsCutThere()
    {
        // The second "40 per cent", at document offset 100 + 32.
        Assert.Equal(("Officials said 40 per cent, not ", "40 per cent", " as before."), Show.QuoteIn(Sentence, 100, "40 per cent", 132, 11));
    }

    [Fact]
    public void QuoteIn_SpanNotOnTheQuote_FallsBackToWhereTheQuoteOccurs()
    {
        Assert.Equal(("Officials said ", "40 per cent", ", not 40 per cent as before."), Show.QuoteIn(Sentence, 0, "40 per cent", 500, 11));
    }

    [Fact]
    public void QuoteIn_QuoteNotInTheSentence_UsesTheSpanWithinIt_ElseNothing()
    {
        Assert.Equal(("Officials said ", "40 per cent", ", not 40 per cent as before."), Show.QuoteIn(Sentence, 0, "40  per cent", 15, 11));
        Assert.Null(Show.QuoteIn(Sentence, 0, "60 per cent", 50, 11));
        Assert.Null(Show.QuoteIn(Sentence, 0, null, -3, 11));
    }
}
