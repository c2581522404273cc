using System.CommandLine;
using DeFacto.Cli.Commands;

namespace DeFacto.Cli;

/// <summary>The command tree: one entry per command, each defined in its own file.</summary>
public static class CliApp
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "DeFacto measures how far a territory has been absorbed by the state that backs it, " +
            "domain by domain, with every figure tied to its source.")
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
        };
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var parsed = Build(context).Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }
}
