using System.CommandLine;

namespace DeFacto.Cli.Commands;

/// <summary>The options that choose a panel's years and Monte Carlo settings, shared by export and release.</summary>
internal sealed class PanelArguments
{
    public Option<int?> From { get; } = new("--from") { Description = "First year of the panel (default: each territory's first year of evidence)" };

    public Option<int?> To { get; } = new("--to") { Description = "Last year of the panel (default: the current year, assessed at today's date)" };

    public Option<int?> Draws { get; } = new("--draws") { Description = "Monte Carlo draws per assessment (default from the codebook: 2000)" };

    public Option<ulong?> Seed { get; } = new("--seed") { Description = "Random seed (default from the codebook), the same for every row as in defacto assess" };

    public void AddTo(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Draws);
        command.Options.Add(Seed);
    }

    public Analysis.Publishing.PanelArguments Arguments(ParseResult r) => new(r.GetValue(From), r.GetValue(To), r.GetValue(Draws), r.GetValue(Seed));
}
