using DeFacto.Exports.Panel;

namespace DeFacto.Exports.Releases;

/// <summary>What to freeze: a version, where releases live, the data folder the dataset was read from, and the panel's settings.</summary>
public sealed record ReleaseRequest(string Version, string ReleasesDirectory, string DataDirectory, PanelOptions Panel, DateTimeOffset Created);
