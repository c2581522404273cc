using DeFacto.Exports.Packaging;
using DeFacto.Exports.Releases;

namespace DeFacto.Analysis.Publishing;

/// <summary>A release made: where it is, its manifest and the tables in it.</summary>
public sealed record Released(string Path, Manifest Manifest, ExportSet Set);
