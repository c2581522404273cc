using Microsoft.Playwright;

namespace DeFacto.Web.Tests.Browser;

[Trait("Category", "Services")]
public sealed class DashboardBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static string AllIds => string.Join(',', Support.TestData.Bundled.Registry.Territories.Select(t => t.Id));

    private static int Territories => Support.TestData.Bundled.Registry.Territories.Count();

    [Fact]
    public async Task Trends_AllEight_EightSeriesEveryLegendEntryVisibleAndCsvPerTerritoryYear()
    {
        var page = await fixture.NewPageAsync();

        // Eight cold timelines on a loaded machine can take longer than Playwright's default 30 s.
        page.SetDefaultTimeout(180_000);
        page.SetDefaultNavigationTimeout(180_000);
        await page.GotoAsync("/trends?territories=" + AllIds + "&from=2008&to=2026");

        var colours = await page.Locator("#trends-chart polyline.trend-line").EvaluateAllAsync<string[]>("els => [...new Set(els.map(e => e.getAttribute('stroke')))]");
        Assert.Equal(Territories, colours.Length);
        var svg = await page.Locator("#trends-chart").BoundingBoxAsync();
        var entries = page.Locator("#trends-chart g.legend-entry");
        Assert.Equal(Territories, await entries.CountAsync());
        for (var i = 0; i < Territories; i++)
        {
            var box = await entries.Nth(i).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y >= svg!.Y && box.Y + box.Height <= svg.Y + svg.Height + 0.5 && box.X + box.Width <= svg.X + svg.Width + 0.5, $"legend entry {i} outside the chart");
        }

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[href^='/trends.csv']"));
        var path = await download.PathAsync();
        var rows = (await File.ReadAllLinesAsync(path!, TestContext.Current.CancellationToken)).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.Equal(Territories * 19, rows.Count);
        Assert.Empty(await Axe.ViolationsAsync(page));
    }

    [Fact]
    public async Task Trends_PngDownload_IsThePictureOfTheChartAtTwiceItsSize()
    {
        var page = await fixture.NewPageAsync();
        page.SetDefaultTimeout(180_000);
        page.SetDefaultNavigationTimeout(180_000);
        await page.GotoAsync("/trends?territories=crimea,abkhazia&from=2010&to=2020");

        var viewBox = await page.Locator("#trends-chart").GetAttributeAsync("viewBox");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#trends-png"));
        var png = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);

        Assert.Equal("defacto-trends.png", download.SuggestedFilename);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        Assert.Equal(2 * (int)Math.Round(double.Parse(viewBox!.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture)), width);
        Assert.True(png.Length > 5_000, $"a PNG of {png.Length} bytes is too small to hold the chart");
    }

    [Fact]
    public async Task Compare_Eight_AllLegendEntriesInsideTheChart()
    {
        var page = await fixture.NewPageAsync();
        var query = string.Join('&', Support.TestData.Bundled.Registry.Territories.Select(t => "t=" + t.Id));
        await page.GotoAsync("/compare?" + query + "&asOf=2020-12-31");

        var svg = await page.Locator("#compare-chart").BoundingBoxAsync();
        var entries = page.Locator("#compare-chart g.legend-entry");
        Assert.Equal(Territories, await entries.CountAsync());
        for (var i = 0; i < Territories; i++)
        {
            var box = await entries.Nth(i).BoundingBoxAsync();
            Assert.True(box!.X + box.Width <= svg!.X + svg.Width + 0.5 && box.Y >= svg.Y, $"legend entry {i} outside the chart");
        }

        Assert.Empty(await Axe.ViolationsAsync(page));
    }

    [Fact]
    public async Task NotFound_InTheBrowser_IsAPageWithASuggestion()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync("/territories/ossetia");

        Assert.Equal(404, response!.Status);
        Assert.Equal(1, await page.Locator("a[href='/territories/south-ossetia']").CountAsync());
        Assert.Empty(await Axe.ViolationsAsync(page));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/territories/crimea?asOf=2015-06-30")]
    [InlineData("/trends")]
    [InlineData("/compare?t=crimea&t=abkhazia")]
    [InlineData("/sources")]
    [InlineData("/codebook")]
    [InlineData("/signin")]
    [InlineData("/sources?q=russia&territory=crimea&sort=date-desc")]
    [InlineData("/trends?territories=crimea,abkhazia&from=2010&to=2020")]
    [InlineData("/territories/crimea?asOf=2015-13-45")]
    [InlineData("/compare")]
    public async Task Page_At390Pixels_HasNoHorizontalScrollAndNoAxeViolations(string url)
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(url);

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"{url} is {width} px wide at 390");
        Assert.Empty(await Axe.ViolationsAsync(page));
    }
}
