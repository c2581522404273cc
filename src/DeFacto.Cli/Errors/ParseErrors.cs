using System.CommandLine;

namespace DeFacto.Cli.Errors;

/// <summary>Bad options or arguments: each problem on its own line, then where to read about the command; exit 2.</summary>
internal static class ParseErrors
{
    public static int Report(ParseResult parsed, TextWriter error)
    {
        foreach (var problem in parsed.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal).Take(10))
        {
            error.WriteLine($"defacto: {problem}");
        }

        var path = new List<string>();
        for (var c = parsed.CommandResult; c is not null; c = c.Parent as System.CommandLine.Parsing.CommandResult)
        {
            path.Insert(0, c.Command.Name);
        }

        path[0] = "defacto";
        error.WriteLine($"defacto: run `{string.Join(' ', path)} --help` for the options and their values");
        return ExitCodes.BadInput;
    }
}
