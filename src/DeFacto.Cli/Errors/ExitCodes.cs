namespace DeFacto.Cli.Errors;

/// <summary>What each exit status means, for scripts; the root help lists them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran and found problems (a dataset that does not validate, a refused import, a failed checksum).</summary>
    public const int Findings = 1;

    public const int BadInput = 2;

    public const int Unavailable = 3;

    public const int Internal = 70;

    public static string Describe() =>
        "Exit status: 0 done; 1 done, but problems were found or the request was refused (details on stderr); " +
        "2 bad input (an option, argument or file the user can fix); 3 a file, folder or ledger could not be read or written; " +
        "70 internal error (a bug: please report it with the output of --verbose).";
}
