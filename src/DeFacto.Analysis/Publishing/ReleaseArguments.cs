namespace DeFacto.Analysis.Publishing;

/// <summary>A release as asked for: its version, the folder that holds releases, and the panel's settings.</summary>
public sealed record ReleaseArguments(string? Version, string? Releases, PanelArguments Panel);
