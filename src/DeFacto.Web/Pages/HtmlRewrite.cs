using System.Text;

namespace DeFacto.Web.Pages;

/// <summary>Runs the rest of the pipeline into a buffer and rewrites what it wrote when that is an HTML page.</summary>
public static class HtmlRewrite
{
    /// <summary>
    /// Calls <paramref name="next"/> with the response captured; an HTML answer goes out as
    /// <paramref name="rewrite"/> makes it (with its new length), anything else byte for byte.
    /// </summary>
    public static async Task RunAsync(HttpContext context, RequestDelegate next, Func<string, string> rewrite)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(rewrite);
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(rewrite(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)));
        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }
}
