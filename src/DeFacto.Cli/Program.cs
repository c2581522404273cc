using DeFacto.Cli;

// Every failure, expected or not, is reported inside CliApp.Run: one line, one exit code.
return CliApp.Run(args, CliContext.Console());
