namespace DeFacto.Core.Scoring;

/// <summary>Which evidence counts: practice (in place only) or commitments (in place or pledged).</summary>
public enum Basis
{
    Practice,
    Commitments,
}
