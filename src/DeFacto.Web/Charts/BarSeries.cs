namespace DeFacto.Web.Charts;

/// <summary>One series of a bar chart: a name (a territory, a basis) and one value per category.</summary>
public sealed record BarSeries(string Name, IReadOnlyList<IntervalValue> Values);
