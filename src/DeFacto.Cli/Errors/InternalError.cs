namespace DeFacto.Cli.Errors;

/// <summary>An exception no command expected: one line on stderr and exit 70, the trace only when asked for.</summary>
internal static class InternalError
{
    public static int Report(Exception e, TextWriter error, bool verbose)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : e;
        var message = FirstLine(inner.Message);
        error.WriteLine($"defacto: internal error: {inner.GetType().Name}: {message}; run with --verbose for details");
        if (verbose)
        {
            error.WriteLine(e.ToString());
        }

        return ExitCodes.Internal;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        var line = (end < 0 ? message : message[..end]).Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
