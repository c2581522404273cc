using System.Collections.Concurrent;

namespace DeFacto.Web.Security;

/// <summary>
/// Per-account backoff against password guessing, whatever address the guesses come from (behind a
/// proxy every user shares one): after five wrong passwords for a name, that name waits 30 seconds, twice as long
/// after each further one, up to a quarter of an hour. A right password clears it.
/// </summary>
public sealed class SignInBackoff(TimeProvider clock)
{
    private const int FreeFailures = 5;
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Until)> _accounts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long this name must still wait before another attempt; zero when it may try now.</summary>
    public TimeSpan Wait(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || !_accounts.TryGetValue(name.Trim(), out var state))
        {
            return TimeSpan.Zero;
        }

        var left = state.Until - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    public void Failed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        _accounts.AddOrUpdate(name.Trim(), _ => (1, clock.GetUtcNow()), (_, s) =>
        {
            var failures = s.Failures + 1;
            var wait = failures <= FreeFailures ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Longest.TotalSeconds, 15 * Math.Pow(2, failures - FreeFailures)));
            return (failures, clock.GetUtcNow() + wait);
        });
    }

    public void Succeeded(string name) => _accounts.TryRemove(name, out _);
}
