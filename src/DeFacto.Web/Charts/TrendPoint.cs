namespace DeFacto.Web.Charts;

/// <summary>
/// One year of a territory's trend: the index with its band (null when not assessable), the headline
/// stage's name, and whether the point rests on thin coverage or abstains (drawn hollow).
/// </summary>
public sealed record TrendPoint(DateOnly Date, double? Median, double? Low, double? High, string Stage, string StageLabel, bool Thin, string Note);
