using DeFacto.Cli;

try
{
    return CliApp.Run(args, CliContext.Console());
}
catch (Exception e) when (Environment.GetEnvironmentVariable("DEFACTO_DEBUG") is null)
{
    // A bug, not bad input: say so in one line; DEFACTO_DEBUG=1 shows the full trace.
    Console.Error.WriteLine($"defacto: internal error ({e.GetType().Name}: {e.Message}); run with DEFACTO_DEBUG=1 for details and please report it");
    return 70;
}
