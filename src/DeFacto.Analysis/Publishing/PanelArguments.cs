namespace DeFacto.Analysis.Publishing;

/// <summary>The panel's years and Monte Carlo settings as asked for; null means the default.</summary>
public sealed record PanelArguments(int? From = null, int? To = null, int? Draws = null, ulong? Seed = null);
