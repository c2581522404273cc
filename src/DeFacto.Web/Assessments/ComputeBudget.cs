using System.Globalization;
using System.Threading.RateLimiting;

namespace DeFacto.Web.Assessments;

/// <summary>
/// Bounds what anonymous readers can make the server compute. Reading a cached answer is free; a request
/// that needs a fresh Monte Carlo run (a date nobody asked for yet) takes one token from its client
/// address's bucket (<see cref="DeFactoWebOptions.ComputationsPerMinute"/>, refilled evenly), however
/// many runs it needs. An empty bucket is a <see cref="ComputeBudgetExceededException"/>, answered 429
/// with <c>Retry-After</c>. Signed-in users and work outside a request (the cache warmer) are not limited.
/// </summary>
public sealed class ComputeBudget : IDisposable
{
    private static readonly object Admitted = new();
    private readonly IHttpContextAccessor _requests;
    private readonly PartitionedRateLimiter<string>? _limiter;

    public ComputeBudget(IHttpContextAccessor requests, DeFactoWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(options);
        _requests = requests;
        var perMinute = options.ComputationsPerMinute;
        if (perMinute > 0)
        {
            // A bucket of a minute's worth, one token back every 60/n seconds.
            var tokens = Math.Max(1, (int)Math.Ceiling(perMinute / 60.0));
            var period = TimeSpan.FromSeconds(60.0 * tokens / perMinute);
            _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = tokens,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        }
    }

    /// <summary>Called before a computation that the cache could not answer; throws when the client's budget is spent.</summary>
    public void Admit()
    {
        var context = _requests.HttpContext;
        if (_limiter is null || context is null || context.User.Identity?.IsAuthenticated == true || context.Items.ContainsKey(Admitted))
        {
            return;
        }

        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "");
        if (!lease.IsAcquired)
        {
            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
            throw new ComputeBudgetExceededException(wait);
        }

        context.Items[Admitted] = true;
    }

    public void Dispose() => _limiter?.Dispose();

    /// <summary>Answers a spent budget: 429 with <c>Retry-After</c>; the error pages further out write the body (HTML or ProblemDetails).</summary>
    public static IApplicationBuilder UseComputeBudget(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (ComputeBudgetExceededException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(e.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    });
}

/// <summary>An anonymous client asked for more fresh computations than its budget allows.</summary>
public sealed class ComputeBudgetExceededException(TimeSpan retryAfter) : Exception($"too many new computations; retry after {retryAfter.TotalSeconds:0} s")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
