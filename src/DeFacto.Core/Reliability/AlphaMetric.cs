namespace DeFacto.Core.Reliability;

/// <summary>The difference function Krippendorff's α weighs disagreements with.</summary>
public enum AlphaMetric
{
    /// <summary>Any two different values disagree equally.</summary>
    Nominal,

    /// <summary>Ranked values: the distance counts how many values lie between them in the data.</summary>
    Ordinal,

    /// <summary>Numbers: the squared difference.</summary>
    Interval,
}
