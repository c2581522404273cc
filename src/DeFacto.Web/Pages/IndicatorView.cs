using DeFacto.Core.Scoring;

namespace DeFacto.Web.Pages;

/// <summary>One indicator and the evidence under it, for the territory page's partial view.</summary>
public sealed record IndicatorView(IndicatorResult Result, TerritoryModel Page);
