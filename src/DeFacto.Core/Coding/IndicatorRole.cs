namespace DeFacto.Core.Coding;

/// <summary>What an indicator does in an assessment.</summary>
public enum IndicatorRole
{
    /// <summary>Scored 0–1 and averaged into its domain.</summary>
    Scored,

    /// <summary>Computed from other indicators each draw, then scored.</summary>
    Derived,

    /// <summary>Feeds a derived indicator; never scored itself.</summary>
    Auxiliary,

    /// <summary>De jure status: shown beside the index, never averaged into it.</summary>
    Status,
}
