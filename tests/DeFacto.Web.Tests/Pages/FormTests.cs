using DeFacto.Web.Pages;

namespace DeFacto.Web.Tests.Pages;

public sealed class FormTests
{
    [Fact]
    public void ToText_FormFields_ReachTheReviewUseCaseUnchanged()
    {
        var text = new CandidateForm { Territory = "Transnistria", Value = "30000–40000", AsOf = "2025-02", Status = "pledged", Qualifier = "estimate", Quote = "q" }.ToText();

        Assert.Equal(("Transnistria", "30000–40000", "2025-02", "pledged", "estimate", "q"), (text.Territory, text.Value, text.AsOf, text.Status, text.Qualifier, text.Quote));
    }

    [Fact]
    public void Fold_IndentedHtml_BecomesOneLine()
    {
        Assert.Equal("<ul> <li>a</li> <li>b c</li> </ul>", CompactHtml.Fold("<ul>\n    <li>a</li>\r\n    <li>b c</li>\n</ul>\n"));
    }
}
