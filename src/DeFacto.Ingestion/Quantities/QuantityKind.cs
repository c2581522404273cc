namespace DeFacto.Ingestion.Quantities;

internal enum QuantityKind
{
    /// <summary>A number of things or people ("3,500 soldiers").</summary>
    Count,

    /// <summary>A share in per cent ("90 per cent", "two-thirds").</summary>
    Percent,

    /// <summary>A proportion between 0 and 1 ("one in seven").</summary>
    Ratio,

    /// <summary>An amount of money; the unit is the currency code.</summary>
    Money,
}
