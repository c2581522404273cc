using DeFacto.Cli.Errors;
using DeFacto.Exports;
using DeFacto.Storage;

namespace DeFacto.Cli.Commands;

/// <summary>
/// Runs a command body; a refusal the user can act on becomes one clear message on standard error and a
/// non-zero exit. Anything else is a bug and goes on to <see cref="CliApp.Run"/>, which reports it once.
/// </summary>
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
        catch (LedgerException e)
        {
            context.Error.WriteLine($"defacto: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (ExportException e)
        {
            context.Error.WriteLine($"defacto: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"defacto: {e.Message}");
            return ExitCodes.Unavailable;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine($"defacto: permission denied: {e.Message}");
            return ExitCodes.Unavailable;
        }
    }
}
