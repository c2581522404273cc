namespace DeFacto.Core.Reliability;

/// <summary>
/// A recoding that differs from the first coding of an observation, in value or in status, with the
/// resolution when there is one. Unresolved disagreements are the reconciliation's work list.
/// </summary>
public sealed record Disagreement(string Observation, string Territory, string Indicator, CodedValue First, CodedValue Second, Resolution? Resolution)
{
    public bool ValueDiffers => !CodingComparer.SameValue(First.Value, Second.Value);

    public bool StatusDiffers => First.Status is { } a && Second.Status is { } b && a != b;
}
