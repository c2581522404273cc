namespace DeFacto.Web.Tests.Browser;

/// <summary>The HTML error pages a browser is shown for a spent budget (429) and a server failure (500): readable, accessible, saying nothing of the ledger.</summary>
[Trait("Category", "Services")]
public sealed class ErrorPagesBrowserTests(ErrorsBrowserFixture fixture) : IClassFixture<ErrorsBrowserFixture>
{
    [Fact]
    public async Task TooManyRequests_SecondFreshDate_IsAPageWithRetryAfterAndNoAxeViolations()
    {
        var page = await fixture.NewPageAsync(fixture.Budget);
        var first = await page.GotoAsync("/territories/abkhazia?asOf=2011-03-04");
        Assert.Equal(200, first!.Status);

        var second = await page.GotoAsync("/territories/abkhazia?asOf=2012-05-06");

        Assert.Equal(429, second!.Status);
        Assert.NotNull(await second.HeaderValueAsync("retry-after"));
        Assert.Equal("Too many requests", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("try again", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await Axe.ViolationsAsync(page));
    }

    [Fact]
    public async Task ServerError_LedgerUnreadable_IsAPageThatHidesTheLedgerAndHasNoAxeViolations()
    {
        var page = await fixture.NewPageAsync(fixture.Failing);

        var response = await page.GotoAsync("/territories/abkhazia");

        Assert.Equal(500, response!.Status);
        Assert.Equal("Something went wrong", await page.Locator("h1").InnerTextAsync());
        var html = await page.ContentAsync();
        Assert.DoesNotContain("defacto-secret-folder", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unreadable-ledger", html, StringComparison.Ordinal);
        Assert.DoesNotContain("disk I/O", html, StringComparison.Ordinal);
        Assert.Empty(await Axe.ViolationsAsync(page));
    }

    [Fact]
    public async Task ServerError_At390Pixels_HasNoHorizontalScroll()
    {
        var page = await fixture.NewPageAsync(fixture.Failing);
        await page.SetViewportSizeAsync(390, 844);

        var response = await page.GotoAsync("/");

        Assert.Equal(500, response!.Status);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the error page is {width} px wide at 390");
        Assert.Empty(await Axe.ViolationsAsync(page));
    }
}
