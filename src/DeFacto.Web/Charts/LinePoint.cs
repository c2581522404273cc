namespace DeFacto.Web.Charts;

/// <summary>One point of a line chart: a date and a score with its 90% band; a null median leaves a gap.</summary>
public readonly record struct LinePoint(DateOnly Date, double? Median, double? Low, double? High);
