namespace DeFacto.Core.Scoring;

/// <summary>
/// Why the headline is what it is, as a kind with its figures (renderers word it), and the stages an
/// abstention leaves open: the two most probable functional stages when indeterminate.
/// </summary>
public sealed record Verdict(VerdictReason Reason, IReadOnlyList<Stage> Alternatives)
{
    /// <summary>The probability of the leading functional stage.</summary>
    public double LeadingProbability { get; init; }

    /// <summary>Domains with current evidence, and the least the codebook asks for.</summary>
    public int CurrentDomains { get; init; }

    public int RequiredDomains { get; init; }

    public double RequiredProbability { get; init; }

    /// <summary>The date that decides: the start or end of contested existence, or the date of incorporation.</summary>
    public DateOnly? Date { get; init; }
}
