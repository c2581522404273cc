using DeFacto.Ingestion.Reading;
using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.Reading;

public sealed class ReaderTests
{
    [Fact]
    public void Read_Markdown_DropsMarkupAndKeepsSourceOffsets()
    {
        var md = "# A Title With Four Words\n\nSome **3,500** [troops](http://x.org) stay.\n";

        var document = new MarkdownReader().Read(new RawDocument("a.md", System.Text.Encoding.UTF8.GetBytes(md), null)).Document!;

        Assert.Contains("Some 3,500 troops stay.", document.Plain.Text, StringComparison.Ordinal);
        var at = document.Plain.Text.IndexOf("troops", StringComparison.Ordinal);
        Assert.Equal(md.IndexOf("troops", StringComparison.Ordinal), document.Plain.ToOriginal(at));
        Assert.Equal("A Title With Four Words", document.Title);
    }

    [Fact]
    public void Read_Html_SkipsScriptsNavigationAndFooters()
    {
        var html = "<html><head><title>T</title><script>var x = 1;</script></head><body><nav>Menu</nav><p>Visible &amp; kept.</p><footer>Foot</footer></body></html>";

        var document = new HtmlReader().Read(new RawDocument("a.html", default, html)).Document!;

        Assert.Equal("Visible & kept.", document.Plain.Text.Trim());
        Assert.Equal("T", document.Title);
        var at = document.Plain.Text.IndexOf("Visible", StringComparison.Ordinal);
        Assert.Equal(html.IndexOf("Visible", StringComparison.Ordinal), document.Plain.ToOriginal(at));
    }

    [Fact]
    public void Read_TextWithHeaderLines_TakesTitleAndDate()
    {
        var text = "title: A report\ndate: 2019-04-02\n\nBody text.";

        var document = new PlainTextReader().Read(new RawDocument("a.txt", default, text)).Document!;

        Assert.Equal(("A report", "2019-04-02"), (document.Title, document.DeclaredDate));
    }

    [Theory]
    [InlineData("x.md", "%PDF-1.4 rest", "Pdf")]
    [InlineData("x", "<!DOCTYPE html><p>x</p>", "Html")]
    [InlineData("x.htm", "plain", "Html")]
    [InlineData("x.markdown", "plain", "Markdown")]
    [InlineData("x.log", "plain", "Text")]
    public void Detect_MagicBytesThenHintThenContent(string name, string content, string expected)
    {
        var raw = new RawDocument(name, System.Text.Encoding.UTF8.GetBytes(content), null);

        Assert.Equal(expected, FormatDetector.Detect(raw, Path.GetExtension(name)).ToString());
    }
}
