namespace DeFacto.Exports.Releases;

/// <summary>One file of a release: its path relative to the release folder (with '/'), size and SHA-256.</summary>
public sealed record ManifestFile(string Path, long Bytes, string Sha256);
