using Microsoft.Extensions.Time.Testing;

namespace DeFacto.Cli.Tests;

/// <summary>Runs the command line in process with captured output, a fixed clock and a private ledger.</summary>
internal sealed record CliRun(int Exit, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var ledger = Path.Combine(Path.GetTempPath(), "defacto-cli-tests", Guid.NewGuid().ToString("N"), "ledger.db");
        var env = new Dictionary<string, string?> { ["DEFACTO_LEDGER"] = ledger };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var exit = CliApp.Run(args, new CliContext(output, error, clock, name => env.GetValueOrDefault(name)));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Out).RootElement;
}
