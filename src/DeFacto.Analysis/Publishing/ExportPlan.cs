using DeFacto.Exports.Formats;
using DeFacto.Exports.Panel;

namespace DeFacto.Analysis.Publishing;

/// <summary>An export with its format, folder and panel settled.</summary>
public sealed record ExportPlan(ExportFormat Format, string Out, bool Force, PanelOptions Panel);
