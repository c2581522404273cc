namespace DeFacto.Core.Reliability;

/// <summary>α for one indicator, with the metric it was computed on.</summary>
public sealed record IndicatorAgreement(string Indicator, AlphaMetric Metric, Agreement Agreement);
