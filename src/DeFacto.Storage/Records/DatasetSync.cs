using DeFacto.Core.Evidence;
using DeFacto.Dataset.Writing;
using DeFacto.Storage.Reports;

namespace DeFacto.Storage.Records;

/// <summary>Writes a whole dataset into the ledger inside one write transaction: documents, treaties, observations, events, sources.</summary>
internal static class DatasetSync
{
    public static IReadOnlyDictionary<string, string> LedgerIds(WriteScope scope)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, table) in Tables.IdSpaces)
        {
            foreach (var id in scope.Query<string>($"SELECT id FROM {table.Name}"))
            {
                ids.TryAdd(id, kind);
            }
        }

        return ids;
    }

    public static List<KindCounts> Write(WriteScope scope, Core.Dataset data, DatasetDocuments? documents, SyncMode mode, string origin, string? recorder)
    {
        var kinds = new List<KindCounts>();
        if (documents is not null)
        {
            kinds.Add(Documents(scope, documents, mode, origin));
        }

        var ledger = data.Ledger;
        var treaties = ledger.Treaties.ToDictionary(t => t.Id, StringComparer.Ordinal);
        kinds.Add(RecordSync.Sync(scope, "treaties", Tables.Treaties, ledger.Treaties.Select(RecordMapper.ToRow).ToList(), mode, origin, recorder,
            written: row => WriteChildren(scope, treaties[row.Id]), removing: id => DeleteChildren(scope, id)));
        kinds.Add(RecordSync.Sync(scope, "observations", Tables.Observations, ledger.CodedObservations.Select(RecordMapper.ToRow).ToList(), mode, origin, null));
        kinds.Add(RecordSync.Sync(scope, "codings", Tables.Codings, data.Codings.Select(CodingMapper.ToRow).ToList(), mode, origin, null));
        kinds.Add(RecordSync.Sync(scope, "events", Tables.Events, ledger.CodedEvents.Select(RecordMapper.ToRow).ToList(), mode, origin, recorder));

        // Sources last, so that a bundled source the bundle dropped stays while anything still cites it.
        var cited = mode == SyncMode.Merge ? CitedSources(scope) : [];
        kinds.Add(RecordSync.Sync(scope, "sources", Tables.Sources, ledger.Sources.Select(RecordMapper.ToRow).ToList(), mode, origin, recorder,
            keep: cited.Contains));
        return kinds;
    }

    private static HashSet<string> CitedSources(WriteScope scope) => scope.Query<string>(
        "SELECT source_id FROM observations UNION SELECT source_id FROM events UNION SELECT source_id FROM treaties UNION SELECT source_id FROM provisions")
        .ToHashSet(StringComparer.Ordinal);

    private static void WriteChildren(WriteScope scope, Treaty treaty)
    {
        DeleteChildren(scope, treaty.Id);
        foreach (var r in RecordMapper.Ratifications(treaty))
        {
            scope.Execute(Tables.Ratifications.Insert, r);
        }

        foreach (var p in RecordMapper.Provisions(treaty))
        {
            scope.Execute(Tables.Provisions.Insert, p);
        }
    }

    private static void DeleteChildren(WriteScope scope, string treatyId)
    {
        scope.Execute("DELETE FROM ratifications WHERE treaty_id = @treatyId", new { treatyId });
        scope.Execute("DELETE FROM provisions WHERE treaty_id = @treatyId", new { treatyId });
    }

    private static KindCounts Documents(WriteScope scope, DatasetDocuments documents, SyncMode mode, string origin)
    {
        var existing = scope.Query<DocumentRow>(Tables.Documents.Select).ToDictionary(d => d.Name, StringComparer.Ordinal);
        int added = 0, changed = 0, unchanged = 0, kept = 0;
        foreach (var (name, text) in new[] { (DatasetDocuments.CodebookFile, documents.Codebook), (DatasetDocuments.TerritoriesFile, documents.Territories) })
        {
            var row = new DocumentRow { Name = name, Text = text, Origin = origin, Fingerprint = Fingerprint.Of(text), CreatedAt = scope.Now, UpdatedAt = scope.Now };
            if (!existing.TryGetValue(name, out var before))
            {
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
                changed++;
            }

            scope.Execute(Tables.Documents.Upsert, row);
        }

        return new KindCounts("documents", added, changed, 0, unchanged, kept);
    }
}
