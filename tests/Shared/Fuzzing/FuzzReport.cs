namespace DeFacto.Tests.Fuzzing;

/// <summary>What a fuzzing run did: inputs per target, the time it took, and every crash with the input that caused it.</summary>
internal sealed record FuzzReport(IReadOnlyDictionary<string, long> Inputs, TimeSpan Elapsed, IReadOnlyList<FuzzCrash> Crashes)
{
    public long Total => Inputs.Values.Sum();

    public double PerSecond => Elapsed.TotalSeconds > 0 ? Total / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Total:N0} inputs in {Elapsed.TotalSeconds:0.0} s ({PerSecond:N0}/s; {string.Join(", ", Inputs.Select(kv => $"{kv.Key} {kv.Value:N0}"))}); {Crashes.Count} crash(es)");
}

/// <summary>One input that made a reader fail other than as documented.</summary>
internal sealed record FuzzCrash(string Target, string Problem, byte[] Input);
