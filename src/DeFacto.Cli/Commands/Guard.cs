namespace DeFacto.Cli.Commands;

/// <summary>Runs a command body; bad input becomes one clear message on standard error and a non-zero exit.</summary>
internal static class Guard
{
    public static int Run(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UserErrorException e)
        {
            context.Error.WriteLine($"defacto: {e.Message}");
            return e.ExitCode;
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"defacto: {e.Message}");
            return 3;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine($"defacto: permission denied: {e.Message}");
            return 3;
        }
    }
}
