namespace DeFacto.Core.Reliability;

/// <summary>
/// What the double coding shows: α overall and per indicator, every disagreement with its resolution,
/// and notes on codings that cannot be compared as they stand (a stale recoding, an overwritten first coding).
/// </summary>
public sealed record ReliabilityReport(
    Agreement Overall,
    IReadOnlyList<IndicatorAgreement> Indicators,
    IReadOnlyList<Disagreement> Disagreements,
    IReadOnlyList<string> Notes)
{
    /// <summary>Observations with a recoding (a second coder's coding).</summary>
    public int Recoded => Indicators.Sum(i => i.Agreement.Units);

    public int Unresolved => Disagreements.Count(d => d.Resolution is null);
}
