namespace DeFacto.Web;

/// <summary>
/// Where the web app reads its evidence and where it listens. Exactly one of <see cref="Ledger"/> and
/// <see cref="DataDirectory"/> is used; the ledger wins when both are given. Bound from the
/// <c>DeFacto</c> configuration section when the app runs on its own.
/// </summary>
public sealed class DeFactoWebOptions
{
    public const string Section = "DeFacto";

    /// <summary>A SQLite ledger path or a PostgreSQL connection string (as <c>defacto --ledger</c> takes).</summary>
    public string? Ledger { get; set; }

    /// <summary>A dataset folder in the <c>data/</c> file format, read once; review is unavailable.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Addresses to listen on, e.g. <c>http://127.0.0.1:5080</c>; none keeps ASP.NET Core's defaults.</summary>
    public IReadOnlyList<string> Urls { get; set; } = [];

    /// <summary>A JSON file of users (see docs/web.md); <c>DEFACTO_USERS_FILE</c> and <c>DEFACTO_USERS</c> also work.</summary>
    public string? UsersFile { get; set; }

    /// <summary>Assess every territory in the background at startup, so the first reader does not wait.</summary>
    public bool WarmCache { get; set; } = true;

    /// <summary>
    /// Addresses of reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed
    /// (see docs/web.md); with none, forwarded headers are ignored.
    /// </summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>
    /// How many requests a minute an anonymous client address may make that need a fresh computation
    /// (an assessment at a date not yet cached); cached answers do not count. 0 turns the limit off.
    /// </summary>
    public int ComputationsPerMinute { get; set; } = 60;

    /// <summary>Anonymous requests per second a client address may make at all (a burst of twice as many); 0 turns the limit off.</summary>
    public int ReadsPerSecond { get; set; } = 500;
}
