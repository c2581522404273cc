using DeFacto.Web.Api;
using DeFacto.Web.Tests.Support;

namespace DeFacto.Web.Tests.Api;

/// <summary>The API reference page states its language (axe-core's html-has-lang), which the vendor's page leaves out.</summary>
public sealed class ApiReferenceTests(ApiFactory factory)
{
    [Fact]
    public async Task Reference_Page_DeclaresEnglishAndKeepsTheContentLength()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/scalar/", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(html), response.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("<!doctype html><html><head>", "<!doctype html><html lang=\"en\"><head>")]
    [InlineData("<html lang=\"fr\"><head>", "<html lang=\"fr\"><head>")]
    [InlineData("no markup", "no markup")]
    public void WithLanguage_HtmlTag_GetsEnglishOnlyWhenItHasNoLanguage(string html, string expected) => Assert.Equal(expected, ApiReference.WithLanguage(html));
}
