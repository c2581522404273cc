using Scalar.AspNetCore;

namespace DeFacto.Web.Api;

/// <summary>
/// The browsable API reference at <c>/scalar/</c>: the vendor's page without its AI chat, SDK and deploy
/// buttons, telemetry or fonts from a CDN (which the content security policy blocks anyway), made to
/// pass the accessibility checks the site's own pages pass: a page language, and muted text and code
/// literals dark enough to read (WCAG AA, 4.5:1) where the vendor's theme has them at about 3:1.
/// </summary>
public static class ApiReference
{
    public const string Path = "/scalar";

    /// <summary>
    /// Darker muted text (#8e8e8e is 3.2:1 on the sidebar) and literals (#00935d is 3.7:1 on code blocks)
    /// in the light theme; a lighter muted text in the dark one. The doubled selectors outrank the theme's own.
    /// </summary>
    private const string ReadableColours =
        "html body.light-mode, html .light-mode { --scalar-color-3: #6b6b6b; --scalar-color-green: #007a4d; } " +
        "html body.dark-mode, html .dark-mode { --scalar-color-3: #a8a8a8; }";

    public static WebApplication MapApiReference(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapScalarApiReference(o =>
        {
            o.DefaultFonts = false;
            o.Telemetry = false;
            o.HideClientButton = true;
            o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
            o.Agent = new ScalarAgentOptions { Disabled = true };
            o.Mcp = new ScalarMcpOptions { Disabled = true };
            o.CustomCss = ReadableColours;
        });
        return app;
    }

    /// <summary>The vendor's page opens with a bare <c>&lt;html&gt;</c>; screen readers need its language, as on every other page.</summary>
    public static IApplicationBuilder UseApiReferenceLanguage(this IApplicationBuilder app) => app.UseWhen(
        c => c.Request.Path.StartsWithSegments(Path) && HttpMethods.IsGet(c.Request.Method),
        reference => reference.Use((context, next) => Pages.HtmlRewrite.RunAsync(context, next, WithLanguage)));

    /// <summary>The first <c>&lt;html&gt;</c> tag given <c>lang="en"</c>, when it has no language.</summary>
    public static string WithLanguage(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var at = html.IndexOf("<html", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return html;
        }

        var end = html.IndexOf('>', at);
        return end < 0 || html.AsSpan(at, end - at).Contains(" lang=", StringComparison.OrdinalIgnoreCase)
            ? html
            : html.Insert(at + "<html".Length, " lang=\"en\"");
    }
}
