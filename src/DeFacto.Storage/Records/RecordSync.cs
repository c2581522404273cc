using DeFacto.Storage.Reports;

namespace DeFacto.Storage.Records;

/// <summary>
/// Brings one table in line with incoming records by id, inside a write transaction: adds what is new,
/// updates what changed (by fingerprint), and in a merge removes bundled records the bundle dropped.
/// </summary>
internal static class RecordSync
{
    public static KindCounts Sync<TRow>(WriteScope scope, string kind, TableSpec table, IReadOnlyList<TRow> incoming, SyncMode mode,
        string origin, string? recorder, Action<TRow>? written = null, Action<string>? removing = null, Func<string, bool>? keep = null)
        where TRow : ProvenanceRow
    {
        var existing = scope.Query<ExistingRecord>($"SELECT id AS \"Id\", origin AS \"Origin\", fingerprint AS \"Fingerprint\" FROM {table.Name}")
            .ToDictionary(e => e.Id, StringComparer.Ordinal);
        var seq = scope.Scalar<long?>($"SELECT MAX(seq) FROM {table.Name}") ?? 0;
        int added = 0, changed = 0, unchanged = 0, kept = 0, removed = 0;
        foreach (var row in incoming)
        {
            if (recorder is not null)
            {
                row.Coder = recorder;
            }

            row.UpdatedAt = scope.Now;
            if (!existing.TryGetValue(row.Id, out var before))
            {
                row.Origin = origin;
                row.Seq = ++seq;
                row.CreatedAt = scope.Now;
                added++;
            }
            else if (before.Fingerprint == row.Fingerprint)
            {
                unchanged++;
                continue;
            }
            else if (mode == SyncMode.Merge && before.Origin == Origins.User)
            {
                kept++;
                continue;
            }
            else
            {
                row.Origin = origin;
                changed++;
            }

            scope.Execute(table.Upsert, row);
            written?.Invoke(row);
        }

        if (mode == SyncMode.Merge)
        {
            var present = incoming.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in existing.Values.Where(e => e.Origin == Origins.Bundled && !present.Contains(e.Id) && !(keep?.Invoke(e.Id) ?? false)))
            {
                removing?.Invoke(gone.Id);
                scope.Execute($"DELETE FROM {table.Name} WHERE id = @id", new { id = gone.Id });
                removed++;
            }
        }

        return new KindCounts(kind, added, changed, removed, unchanged, kept);
    }

    /// <summary>Adds or updates one record by id without reading the whole table (a review's single write).</summary>
    public static void Put<TRow>(WriteScope scope, TableSpec table, TRow row, string origin, string? recorder)
        where TRow : ProvenanceRow
    {
        var before = scope.Query<ExistingRecord>($"SELECT id AS \"Id\", origin AS \"Origin\", fingerprint AS \"Fingerprint\" FROM {table.Name} WHERE id = @id", new { id = row.Id })
            .FirstOrDefault();
        if (before?.Fingerprint == row.Fingerprint)
        {
            return;
        }

        if (recorder is not null)
        {
            row.Coder = recorder;
        }

        row.Origin = origin;
        row.UpdatedAt = scope.Now;
        if (before is null)
        {
            row.Seq = (scope.Scalar<long?>($"SELECT MAX(seq) FROM {table.Name}") ?? 0) + 1;
            row.CreatedAt = scope.Now;
        }

        scope.Execute(table.Upsert, row);
    }
}
