using System.CommandLine;
using DeFacto.Cli.Commands;
using DeFacto.Cli.Errors;
using DeFacto.Cli.Input;

namespace DeFacto.Cli;

/// <summary>The command tree: one entry per command, each defined in its own file.</summary>
public static class CliApp
{
    /// <summary>Shows the stack trace of an internal error (also DEFACTO_DEBUG=1).</summary>
    internal static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "On an internal error, print the full details (the stack trace) as well",
        Recursive = true,
    };

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "DeFacto measures how far a territory has been absorbed by the state that backs it, " +
            "domain by domain, with every figure tied to its source.\n\n" + ExitCodes.Describe())
        {
            AssessCommand.Create(context),
            ValidateCommand.Create(context),
            TerritoriesCommand.Create(context),
            CodebookCommand.Create(context),
            LedgerCommand.Create(context),
            ExportCommand.Create(context),
            CiteCommand.Create(context),
            ReleaseCommand.Create(context),
            DiffCommand.Create(context),
            TimelineCommand.Create(context),
            CompareCommand.Create(context),
            IngestCommand.Create(context),
            ReviewCommand.Create(context),
            ServeCommand.Create(context),
            ReliabilityCommand.Create(context),
            CoverageCommand.Create(context),
            DaemonCommand.Create(context),
        };
        root.Options.Add(Verbose);
        NumberOptions.Apply(root);
        return root;
    }

    /// <summary>
    /// Parses and runs one command line. This is the one error path: bad options exit 2 with what was wrong
    /// and where to look; a command's own refusals come from <see cref="Guard"/>; anything else that escapes
    /// a command is an internal error, printed once as one line, exit 70.
    /// </summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var terminal = context with { Out = new TerminalWriter(context.Out, redact: false), Error = new TerminalWriter(context.Error, redact: true) };
        var verbose = args.Contains("--verbose") || context.Environment("DEFACTO_DEBUG") is { Length: > 0 };
        try
        {
            var parsed = Build(terminal).Parse(args);
            if (parsed.Errors.Count > 0)
            {
                return ParseErrors.Report(parsed, terminal.Error);
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = terminal.Out,
                Error = terminal.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
#pragma warning disable CA1031 // The last resort by design: a bug must end as one line and exit 70, never a raw trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return InternalError.Report(e, terminal.Error, verbose);
        }
        finally
        {
            terminal.Out.Flush();
            terminal.Error.Flush();
        }
    }
}
