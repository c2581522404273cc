namespace DeFacto.Cli.Tests.BadInput;

/// <summary>The one error path: an exception no command expected is one line and exit 70, with the trace only on request.</summary>
public sealed class ErrorPathTests(BadInputFiles files) : IClassFixture<BadInputFiles>
{
    [Fact]
    public void UnexpectedException_IsOneLineAndExit70()
    {
        var run = RunWithBrokenOutput([]);

        Assert.Equal(70, run.Exit);
        Assert.StartsWith("defacto: internal error: InvalidOperationException: the output broke", run.Error, StringComparison.Ordinal);
        Assert.Contains("run with --verbose for details", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void UnexpectedException_WithVerbose_ShowsTheTrace()
    {
        var run = RunWithBrokenOutput(["--verbose"]);

        Assert.Equal(70, run.Exit);
        Assert.Contains(" at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitCodes_AreDescribedInTheHelp()
    {
        var run = files.Run(new BadInputCase("help", ["--help"], 0, ""));

        Assert.Equal(0, run.Exit);
        Assert.Contains("70 internal error", run.Out, StringComparison.Ordinal);
    }

    private CliRun RunWithBrokenOutput(string[] extra)
    {
        using var error = new StringWriter();
        var context = new CliContext(new BrokenWriter(), error, TimeProvider.System, name => name == "DEFACTO_LEDGER" ? files.Ledger : null);
        var exit = CliApp.Run(["territories", .. extra], context);
        return new CliRun(exit, "", error.ToString());
    }

    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the output broke");

        public override void Write(string? value) => throw new InvalidOperationException("the output broke");

        public override void WriteLine(string? value) => throw new InvalidOperationException("the output broke");
    }
}
