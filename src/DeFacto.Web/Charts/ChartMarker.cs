namespace DeFacto.Web.Charts;

/// <summary>A dated mark on a line chart: an event, or the date the page is showing.</summary>
public readonly record struct ChartMarker(DateOnly Date, string Label);
