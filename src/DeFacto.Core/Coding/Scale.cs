namespace DeFacto.Core.Coding;

/// <summary>How an indicator is measured; the scale decides how a value maps to a 0–1 score.</summary>
public enum Scale
{
    Share,
    Count,
    Ratio,
    Ordinal,
    Binary,
    Category,
}
