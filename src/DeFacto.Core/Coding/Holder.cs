namespace DeFacto.Core.Coding;

/// <summary>Who holds a sovereign function when a category applies (DESIGN.md §5, point 1).</summary>
public enum Holder
{
    /// <summary>No current evidence names a holder.</summary>
    Unknown,

    /// <summary>The territory's own authorities.</summary>
    Territory,

    /// <summary>The state the territory is internationally recognised as part of.</summary>
    Parent,

    /// <summary>Held jointly, or split between the patron and someone else.</summary>
    Shared,

    /// <summary>The patron state.</summary>
    Patron,
}
