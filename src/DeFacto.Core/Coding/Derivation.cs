namespace DeFacto.Core.Coding;

/// <summary>
/// A derived indicator's formula: the sum of the numerator indicators divided by the sum of the
/// denominator indicators (numerators included in the denominator when <see cref="NumeratorInDenominator"/>).
/// </summary>
public sealed record Derivation(
    IReadOnlyList<string> Numerator,
    IReadOnlyList<string> Denominator,
    bool NumeratorInDenominator)
{
    public IEnumerable<string> Inputs => Numerator.Concat(Denominator).Distinct(StringComparer.Ordinal);
}
