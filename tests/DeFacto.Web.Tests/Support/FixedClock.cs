namespace DeFacto.Web.Tests.Support;

/// <summary>A clock that always reads the same instant, so "today" is the same for the CLI and the web app.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock Default { get; } = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
