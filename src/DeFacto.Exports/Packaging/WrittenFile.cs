namespace DeFacto.Exports.Packaging;

/// <summary>One file an export wrote: its path relative to the output folder, the resource it holds, its size and rows.</summary>
public sealed record WrittenFile(string Path, string Resource, string Title, long Bytes, int? Rows, string Sha256);
