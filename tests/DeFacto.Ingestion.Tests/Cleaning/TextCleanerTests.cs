using DeFacto.Ingestion.Cleaning;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Tests.Cleaning;

public sealed class TextCleanerTests
{
    private static MappedText Clean(string text) => TextCleaner.Clean(MappedText.Identity(text));

    [Fact]
    public void Clean_AddressBlockInMidSentence_IsRemovedAndTheSentenceRejoined()
    {
        var text = "The line between the two is still officially the border\n\nMonitoring Centre\n\nHarbour Street 12\n\nPO Box 77\n\n+44 20 7946 0000\n\nwww.example.org\n\nof the parent state and the patron. Then more.";

        var cleaned = Clean(text);

        Assert.Contains("officially the border of the parent state", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RejoinedText_MapsEveryWordBackToTheOriginal()
    {
        var text = "Russia keeps troops in the region and the number of\n\nFooter Line Here\n\nsoldiers has grown to 3,500 this year.";

        var cleaned = Clean(text);
        var at = cleaned.Text.IndexOf("soldiers", StringComparison.Ordinal);
        var span = cleaned.ToOriginal(at, "soldiers has grown to 3,500".Length);

        Assert.Equal("soldiers has grown to 3,500", text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Clean_PageBreakInsideParagraph_JoinsTheHalves()
    {
        var text = "Some observers have claimed that the new integration\n\f\ntreaty changes very little.";

        Assert.Equal("Some observers have claimed that the new integration treaty changes very little.", Clean(text).Text);
    }

    [Fact]
    public void Clean_HyphenatedLineEnd_RejoinsTheWord()
    {
        var text = "the policy of passport-\nisation began early";

        Assert.Equal("the policy of passportisation began early", Clean(text).Text);
    }

    [Fact]
    public void Clean_RunningHeadersAndPageNumbers_AreRemoved()
    {
        var text = "Annual Review\nFirst page text.\n3\n\fAnnual Review\nSecond page text.\n4\n\fAnnual Review\nThird page text.\n- 5 -";

        var cleaned = Clean(text).Text;

        Assert.DoesNotContain("Annual Review", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("- 5 -", cleaned, StringComparison.Ordinal);
        Assert.Contains("Third page text.", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TitleCaseAffiliation_IsNotTreatedAsACutSentence()
    {
        var text = "Jane Doe\nSenior Fellow\nThe Institute of Policy Studies\n\nThe Main Title of the Paper\n\nthe text then starts in lower case.";

        var cleaned = Clean(text).Text;

        Assert.Contains("The Main Title of the Paper", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ShortHeadingLines_StayOnTheirOwnLines()
    {
        var text = "Article 3\n1. The Parties shall cooperate.";

        Assert.Equal("Article 3\n1. The Parties shall cooperate.", Clean(text).Text);
    }
}
