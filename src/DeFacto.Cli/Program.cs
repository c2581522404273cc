using DeFacto.Cli;

// Every failure, expected or not, is reported inside CliApp.Run: one line, one exit code.
// A read-only command goes to this build's warm daemon when one runs (DeFacto.Cli.Daemon), else runs here.
return DeFacto.Cli.Daemon.DaemonClient.TryRun(args) ?? CliApp.Run(args, CliContext.Console());
