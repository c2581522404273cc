namespace DeFacto.Analysis.Assessing;

/// <summary>An assessment as asked for, before anything is checked: the territory as typed, the date and basis as text.</summary>
public sealed record AssessArguments(string? Territory, string? AsOf = null, string? Basis = null)
{
    /// <summary>Monte Carlo draws; null means the codebook's default.</summary>
    public int? Draws { get; init; }

    /// <summary>The random seed; null means the codebook's default.</summary>
    public ulong? Seed { get; init; }

    /// <summary>On the commitments basis, from when treaty pledges count: in-force (the default) or signed.</summary>
    public string? Pledges { get; init; }

    /// <summary>Also rerun under other weights and thresholds.</summary>
    public bool Sensitivity { get; init; }
}
