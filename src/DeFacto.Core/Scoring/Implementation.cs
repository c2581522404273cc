namespace DeFacto.Core.Scoring;

/// <summary>Whether practice has met a pledge at the assessment date (DESIGN.md §5, point 7).</summary>
public enum Implementation
{
    /// <summary>Practice at the date is at least what the pledge commits to.</summary>
    Implemented,

    /// <summary>Not met yet, but it may still be: not yet in force, within the grace period, or no current practice evidence to judge.</summary>
    Pending,

    /// <summary>In force for longer than the grace period and practice falls short.</summary>
    Unfulfilled,
}
