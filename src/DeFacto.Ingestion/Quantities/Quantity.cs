namespace DeFacto.Ingestion.Quantities;

/// <summary>
/// A figure found in a sentence: a point or an interval, its kind and unit, its hedge, and its
/// offsets in the cleaned text. Computed shares (a part over its whole) are marked.
/// </summary>
internal sealed record Quantity(int Start, int End, QuantityKind Kind, double? Value, double? Low, double? High)
{
    /// <summary>percent, ratio, persons, or a currency code for money.</summary>
    public string? Unit { get; init; }

    public string? Qualifier { get; set; }

    public bool Computed { get; init; }

    /// <summary>The figure is the complement of what the sentence states ("the remaining 10 per cent").</summary>
    public bool Complement { get; set; }

    public double? Centre => Value ?? (Low + High) / 2;
}
