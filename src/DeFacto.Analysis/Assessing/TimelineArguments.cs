namespace DeFacto.Analysis.Assessing;

/// <summary>A timeline as asked for: the territory as typed, the first and last years as text (empty: the defaults).</summary>
public sealed record TimelineArguments(string? Territory, string? From = null, string? To = null, string? Basis = null, string? Pledges = null);
