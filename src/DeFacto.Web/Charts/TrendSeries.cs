namespace DeFacto.Web.Charts;

/// <summary>One territory's line on the trends chart: its name and a point per year.</summary>
public sealed record TrendSeries(string Name, IReadOnlyList<TrendPoint> Points);
