using System.Xml.Linq;
using DeFacto.Web.Charts;

namespace DeFacto.Web.Tests.Charts;

public sealed class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void BarChart_Values_DrawABarAndAWhiskerPerEvidencedValue()
    {
        var svg = Parse(BarChart.Render("d", "Domains", ["Citizenship", "Finance"],
            [new BarSeries("Practice", [new("Citizenship", 0.9, 0.8, 0.95), new("Finance", null, null, null)])]));

        Assert.Equal("img", svg.Attribute("role")?.Value);
        Assert.Equal("d-title d-desc", svg.Attribute("aria-labelledby")?.Value);
        Assert.Equal("Domains", svg.Element(Svg + "title")?.Value);
        Assert.Contains("Citizenship: 0.90 (0.80–0.95)", svg.Element(Svg + "desc")?.Value, StringComparison.Ordinal);
        Assert.Single(svg.Descendants(Svg + "path"), p => p.Attribute("class")?.Value == "whisker");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "no evidence");
    }

    [Fact]
    public void BarChart_TwoSeries_HasALegendAndTwoBarsPerCategory()
    {
        var svg = Parse(BarChart.Render("c", "Compare", ["Citizenship"],
            [new BarSeries("A", [new("Citizenship", 0.5, 0.4, 0.6)]), new BarSeries("B", [new("Citizenship", 0.7, 0.6, 0.8)])]));

        Assert.Equal(2, svg.Descendants(Svg + "g").Count(g => g.Attribute("class")?.Value == "bar"));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "B" && t.Attribute("class")?.Value == "legend");
    }

    [Fact]
    public void BarChart_HostileLabel_IsEscaped()
    {
        var markup = BarChart.Render("x", "<script>alert(1)</script>", ["<b>\"q\"</b>"], [new BarSeries("s", [new("<i>", 0.5, null, null)])]);

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script>", Parse(markup).Element(Svg + "title")?.Value);
    }

    [Fact]
    public void LineChart_Points_DrawALineABandAndNumberedEvents()
    {
        var points = new[] { P(2013, 0.3), P(2014, 0.5), P(2015, 0.6) };
        var svg = Parse(LineChart.Render("t", "Timeline", points, [new ChartMarker(new DateOnly(2014, 3, 18), "Treaty")], new ChartMarker(new DateOnly(2015, 1, 1), "as of 2015-01-01")));

        Assert.Single(svg.Descendants(Svg + "polyline"));
        Assert.Single(svg.Descendants(Svg + "polygon"));
        Assert.Equal(3, svg.Descendants(Svg + "circle").Count());
        Assert.Contains(svg.Descendants(Svg + "g"), g => g.Element(Svg + "title")?.Value == "1. 2014-03-18 Treaty");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "as of 2015-01-01");
    }

    [Fact]
    public void LineChart_EventsOnOneDay_ShareOneNumberedMarker()
    {
        var events = new[] { new ChartMarker(new DateOnly(2008, 8, 26), "Recognition"), new ChartMarker(new DateOnly(2008, 8, 26), "Decree"), new ChartMarker(new DateOnly(2015, 3, 18), "Treaty") };
        var svg = Parse(LineChart.Render("t", "T", [P(2008, 0.5), P(2015, 0.7)], events));

        var markers = svg.Descendants(Svg + "g").Where(g => g.Attribute("class")?.Value == "event").ToList();
        Assert.Equal(2, markers.Count);
        Assert.Equal("1–2", markers[0].Element(Svg + "text")?.Value);
        Assert.Equal("1. 2008-08-26 Recognition; 2. 2008-08-26 Decree", markers[0].Element(Svg + "title")?.Value);
    }

    [Fact]
    public void LineChart_GapInEvidence_BreaksTheLine()
    {
        var points = new[] { P(2010, 0.3), new LinePoint(new DateOnly(2011, 12, 31), null, null, null), P(2012, 0.4), P(2013, 0.5) };

        Assert.Equal(2, Parse(LineChart.Render("t", "T", points, [])).Descendants(Svg + "polyline").Count());
    }

    [Fact]
    public void LineChart_NoPoints_SaysSo()
    {
        Assert.Contains(Parse(LineChart.Render("t", "T", [], [])).Descendants(Svg + "text"), t => t.Value == "no evidence to chart");
    }

    [Fact]
    public void Sparkline_Points_DescribeFirstAndLast()
    {
        var svg = Parse(Sparkline.Render("s", "Trend", [P(2008, 0.2), P(2016, 0.7)]));

        Assert.Equal("from 0.20 in 2008 to 0.70 in 2016", svg.Element(Svg + "desc")?.Value);
    }

    private static LinePoint P(int year, double median) => new(new DateOnly(year, 12, 31), median, median - 0.05, median + 0.05);

    private static XElement Parse(string markup) => XElement.Parse(markup);
}
