using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace DeFacto.Web.Pages;

/// <summary>
/// Errors as a browser should see them: an HTML page with what went wrong and where to go next, for
/// requests that accept HTML outside <c>/api</c> and <c>/openapi</c>; everyone else gets ProblemDetails.
/// </summary>
public static class ErrorPages
{
    public static bool WantsHtml(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        return !path.StartsWithSegments("/api") && !path.StartsWithSegments("/openapi")
            && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
            ExceptionHandler = async context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                if (WantsHtml(context))
                {
                    await Write(context, StatusCodes.Status500InternalServerError);
                    return;
                }

                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = StatusCodes.Status500InternalServerError } });
            },
        });
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            if (WantsHtml(context))
            {
                await Write(context, context.Response.StatusCode);
                return;
            }

            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = context.Response.StatusCode } });
        });
        return app;
    }

    private static async Task Write(HttpContext context, int status)
    {
        var (title, text) = status switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "There is no page at this address."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "Please wait a moment and try again" + (context.Response.Headers.RetryAfter.Count > 0 ? $" (after {context.Response.Headers.RetryAfter} seconds)." : ".")),
            StatusCodes.Status400BadRequest => ("Bad request", "The request could not be read."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your account may not do this."),
            >= 500 => ("Something went wrong", "The server could not answer. The error has been logged; please try again later."),
            _ => ("Error " + status, "The request could not be answered."),
        };
        var suggestions = status == StatusCodes.Status404NotFound ? Suggest(context.Request.Path.Value ?? "") : [];
        var links = suggestions.Count == 0 ? "" : "<p>Did you mean " + string.Join(", ", suggestions.Select(s => $"<a href=\"{WebUtility.HtmlEncode(s)}\">{WebUtility.HtmlEncode(s)}</a>")) + "?</p>";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} · DeFacto</title><link rel="stylesheet" href="/static/site.css"></head>
            <body><header class="site"><a class="brand" href="/">DeFacto</a><nav aria-label="Main"><a href="/">Overview</a> <a href="/trends">Trends</a> <a href="/compare">Compare</a> <a href="/codebook">Codebook</a> <a href="/sources">Sources</a></nav></header>
            <main id="main"><h1>{title}</h1><p class="error" role="alert">{text} (HTTP {status})</p>{links}<p><a href="/">All territories</a></p></main></body></html>
            """);
    }

    /// <summary>Pages whose address is close to the one asked for: the site's sections by their first segment.</summary>
    private static List<string> Suggest(string path)
    {
        string[] pages = ["/", "/trends", "/compare", "/codebook", "/sources", "/review", "/signin", "/scalar"];
        var first = "/" + path.Trim('/').Split('/')[0].ToLowerInvariant();
        return pages.Where(p => p.Length > 1 && (first.StartsWith(p, StringComparison.Ordinal) || p.StartsWith(first, StringComparison.Ordinal) || Distance(p, first) <= 2)).Take(3).ToList();
    }

    private static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var previous = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var keep = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = keep;
            }
        }

        return d[b.Length];
    }
}
