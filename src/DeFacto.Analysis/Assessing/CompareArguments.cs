namespace DeFacto.Analysis.Assessing;

/// <summary>A comparison as asked for: territories as typed, the date, the basis and the annexed reference (empty: crimea).</summary>
public sealed record CompareArguments(IReadOnlyList<string> Territories, string? AsOf = null, string? Basis = null, string? Reference = null, string? Pledges = null);
