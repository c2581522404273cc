using DeFacto.Core.Scoring;

namespace DeFacto.Web.Assessments;

/// <summary>
/// Fills the cache with what the overview shows (each territory today and its trend) once the server
/// listens, so the first reader does not wait for a few dozen Monte Carlo runs. A failure only logs.
/// </summary>
internal sealed partial class CacheWarmer(Analyses analyses, DeFactoWebOptions options, IHostApplicationLifetime lifetime, ILogger<CacheWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.WarmCache)
        {
            return;
        }

        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        await Task.Run(() =>
        {
            try
            {
                foreach (var territory in analyses.Snapshot.Dataset.Registry.Territories)
                {
                    stoppingToken.ThrowIfCancellationRequested();
                    analyses.Assess(territory, analyses.Today, Basis.Practice);
                    analyses.Timeline(territory, Basis.Practice);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (InvalidOperationException e)
            {
                LogFailed(logger, e);
            }
        }, stoppingToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "warming the assessment cache failed")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
