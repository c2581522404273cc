using System.Diagnostics;

namespace DeFacto.Tests.Fuzzing;

/// <summary>
/// Feeds seeded, mutated inputs to each target in turn until the time budget is spent, and collects every
/// input a target did not answer as documented. Progress (inputs per second) goes to <c>progress</c>.
/// </summary>
internal static class Fuzzer
{
    private static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(20);

    /// <summary>A run that stops after <paramref name="inputs"/> inputs in all (deterministic: for tests) or when <paramref name="budget"/> is spent.</summary>
    public static FuzzReport Run(IReadOnlyList<FuzzTarget> targets, TimeSpan budget, int seed, long inputs = long.MaxValue, Action<string>? progress = null, TimeSpan? every = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var mutator = new Mutator(seed);
        var counts = targets.ToDictionary(t => t.Name, _ => 0L, StringComparer.Ordinal);
        var crashes = new List<FuzzCrash>();
        var clock = Stopwatch.StartNew();
        var nextReport = every ?? TimeSpan.FromSeconds(30);
        var round = 0;
        while (clock.Elapsed < budget && counts.Values.Sum() < inputs)
        {
            var target = targets[round++ % targets.Count];

            // Seeds themselves first, then mutations of them.
            var input = counts[target.Name] < target.Seeds.Count ? target.Seeds[(int)counts[target.Name]] : mutator.Next(target.Seeds);
            string? problem;
            var started = clock.Elapsed;
            try
            {
                problem = target.Feed(input);

                // A reader that takes this long on one small input would hang on a slightly larger one.
                if (problem is null && clock.Elapsed - started > SlowInput)
                {
                    problem = $"took {(clock.Elapsed - started).TotalSeconds:0.0} s on a {input.Length:N0}-byte input";
                }
            }
#pragma warning disable CA1031 // Any exception is what a fuzzer looks for: it is recorded, and the run goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                problem = $"{e.GetType().Name}: {e.Message}";
            }

            counts[target.Name]++;
            if (problem is not null && crashes.Count < 100)
            {
                crashes.Add(new FuzzCrash(target.Name, problem, input));
            }

            if (progress is not null && clock.Elapsed >= nextReport)
            {
                progress(new FuzzReport(counts, clock.Elapsed, crashes).ToString());
                nextReport += every ?? TimeSpan.FromSeconds(30);
            }
        }

        return new FuzzReport(counts, clock.Elapsed, crashes);
    }
}
