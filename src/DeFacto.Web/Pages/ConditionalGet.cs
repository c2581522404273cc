using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace DeFacto.Web.Pages;

/// <summary>
/// ETags and caching for anonymous reads: a public page or API answer gets a strong ETag from its bytes
/// and <c>Cache-Control: public, max-age=300</c> (unless it set its own), and a request whose
/// <c>If-None-Match</c> names the ETag gets <c>304 Not Modified</c> with no body. Signed-in users, forms
/// and responses that set cookies are left alone, so nothing private is ever marked public.
/// </summary>
public static class ConditionalGet
{
    public static IApplicationBuilder UseConditionalGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (!HttpMethods.IsGet(context.Request.Method) || context.User.Identity?.IsAuthenticated == true
            || path.StartsWithSegments("/review") || path.StartsWithSegments("/signin") || path.StartsWithSegments("/static") || path.StartsWithSegments("/scalar"))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK && context.Response.Headers.SetCookie.Count == 0)
        {
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), 0, 16) + "\"";
            context.Response.Headers.ETag = etag;
            if (context.Response.Headers.CacheControl.Count == 0)
            {
                context.Response.Headers.CacheControl = "public, max-age=300";
            }

            var asked = context.Request.Headers.IfNoneMatch.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries));
            if (asked.Any(v => v == etag || v == "W/" + etag || v == "*"))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.Remove(HeaderNames.ContentLength);
                return;
            }
        }

        // An empty answer keeps no Content-Length, so the error pages further out can still write their body.
        if (buffer.Length > 0)
        {
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    });
}
