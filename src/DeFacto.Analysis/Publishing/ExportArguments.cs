namespace DeFacto.Analysis.Publishing;

/// <summary>An export as asked for: the format, the folder to write (and whether to replace it), and the panel's settings.</summary>
public sealed record ExportArguments(string? Format, string? Out, bool Force, PanelArguments Panel);
