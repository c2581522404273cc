namespace DeFacto.Exports.Releases;

/// <summary>What changed between two releases: the evidence (by observation id) and the panel (cell by cell, with why).</summary>
public sealed record ReleaseDiff
{
    public required Manifest Before { get; init; }

    public required Manifest After { get; init; }

    /// <summary>Checksum problems in either release, prefixed by its version; a diff of a tampered release is shown but flagged.</summary>
    public required IReadOnlyList<string> Integrity { get; init; }

    public required IReadOnlyList<ObservationChange> Observations { get; init; }

    public required IReadOnlyList<CellChange> Cells { get; init; }

    public required IReadOnlyList<PanelKey> RowsAdded { get; init; }

    public required IReadOnlyList<PanelKey> RowsRemoved { get; init; }

    public required IReadOnlyList<string> ColumnsAdded { get; init; }

    public required IReadOnlyList<string> ColumnsRemoved { get; init; }

    public bool Unchanged => Observations.Count == 0 && Cells.Count == 0 && RowsAdded.Count == 0 && RowsRemoved.Count == 0
        && ColumnsAdded.Count == 0 && ColumnsRemoved.Count == 0;
}
