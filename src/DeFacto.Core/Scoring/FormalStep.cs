namespace DeFacto.Core.Scoring;

/// <summary>One formal step on the de jure axis: where the territory stands and what annexation would bring.</summary>
public sealed record FormalStep(string Indicator, string Question, string? Current, string Target, bool Done);
