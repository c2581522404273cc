using System.CommandLine;

namespace DeFacto.Cli.Commands;

/// <summary>Options several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "Date to assess at: YYYY (end of year), YYYY-MM (end of month) or YYYY-MM-DD; default today",
    };

    public static Option<string> Basis()
    {
        var option = new Option<string>("--basis")
        {
            Description = "practice: in-place evidence only; commitments: in-place or pledged by treaty or law",
            DefaultValueFactory = _ => "practice",
        };
        option.AcceptOnlyFromAmong("practice", "commitments");
        return option;
    }

    public static Option<string> Pledges()
    {
        var option = new Option<string>("--pledges")
        {
            Description = "On the commitments basis, count treaty pledges from entry into force (in-force) or from signature (signed)",
            DefaultValueFactory = _ => "in-force",
        };
        option.AcceptOnlyFromAmong("in-force", "signed");
        return option;
    }
}
