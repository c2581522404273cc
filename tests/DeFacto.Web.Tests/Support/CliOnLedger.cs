using DeFacto.Cli;

namespace DeFacto.Web.Tests.Support;

/// <summary>Runs the command line in process over a given ledger, with the fixed clock and the given standard input.</summary>
internal static class CliOnLedger
{
    public static (int Exit, string Out, string Error) Answering(string ledger, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var env = new Dictionary<string, string?> { ["DEFACTO_LEDGER"] = ledger, ["DEFACTO_CODER"] = "cli-test" };
        var context = new CliContext(output, error, FixedClock.Default, name => env.GetValueOrDefault(name)) { In = reader };
        var exit = CliApp.Run(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    public static (int Exit, string Out, string Error) Run(string ledger, params string[] args) => Answering(ledger, "", args);
}
