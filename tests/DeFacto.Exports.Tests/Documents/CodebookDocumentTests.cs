using DeFacto.Exports.Documents;

namespace DeFacto.Exports.Tests.Documents;

public sealed class CodebookDocumentTests
{
    private static readonly Core.Coding.Codebook Codebook = TestData.Load().Codebook;

    [Fact]
    public void Markdown_HasEveryIndicatorAndItsAnchors()
    {
        var md = CodebookMarkdown.Render(Codebook);

        Assert.StartsWith("# DeFacto codebook vt1", md, StringComparison.Ordinal);
        Assert.All(Codebook.Indicators, i => Assert.Contains($"### `{i.Id}`", md, StringComparison.Ordinal));
        Assert.Contains("| `dual` | 0.5 | patron's beside another |", md, StringComparison.Ordinal);
        Assert.Contains("| `yes` | not scored | incorporated |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_PipesAndMarkup_InTextAreEscaped()
    {
        var md = CodebookMarkdown.Render(Codebook);

        Assert.Contains(@"Who \| the residents", md, StringComparison.Ordinal);
        Assert.Contains(@"Money & \*budget\* \<b\>.", md, StringComparison.Ordinal);
        Assert.Contains(@"Code \<all\> residents", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_EncodesText_AndKeepsUnicode()
    {
        var html = CodebookHtml.Render(Codebook);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("Code &lt;all&gt; residents | not adults.", html, StringComparison.Ordinal);
        Assert.Contains("Money &amp; *budget* &lt;b&gt;.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<all>", html, StringComparison.Ordinal);
        Assert.Contains("±5 points", html, StringComparison.Ordinal);
        Assert.All(Codebook.Indicators, i => Assert.Contains($"<h3 id=\"{i.Id}\">", html, StringComparison.Ordinal));
        Assert.Equal(CountOf(html, "<table>"), CountOf(html, "</table>"));
        Assert.Equal(CountOf(html, "<tr>"), CountOf(html, "</tr>"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
