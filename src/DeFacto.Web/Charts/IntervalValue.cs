namespace DeFacto.Web.Charts;

/// <summary>A score with its 90% interval, labelled; a null median means no evidence.</summary>
public readonly record struct IntervalValue(string Label, double? Median, double? Low, double? High);
