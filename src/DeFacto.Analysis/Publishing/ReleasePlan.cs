using DeFacto.Exports.Panel;

namespace DeFacto.Analysis.Publishing;

/// <summary>A release with its version checked and its panel settled.</summary>
public sealed record ReleasePlan(string Version, string Releases, PanelOptions Panel);
