namespace DeFacto.Cli;

/// <summary>Bad input from the user (named for the analyser rule; it is not a bug): shown as one clear message with a non-zero exit, never a stack trace.</summary>
public sealed class UserErrorException(string message, int exitCode = 2) : Exception(message)
{
    public int ExitCode => exitCode;
}
