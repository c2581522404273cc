using DeFacto.Exports.Packaging;

namespace DeFacto.Analysis.Publishing;

/// <summary>What an export wrote: the tables it built and the files, with their rows and sizes.</summary>
public sealed record Written(ExportSet Set, IReadOnlyList<WrittenFile> Files);
