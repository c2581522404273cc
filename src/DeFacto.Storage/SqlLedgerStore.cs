using System.Data.Common;
using Dapper;
using DeFacto.Dataset;
using DeFacto.Dataset.Writing;
using DeFacto.Storage.Candidates;
using DeFacto.Storage.Connections;
using DeFacto.Storage.Records;
using DeFacto.Storage.Reports;
using DeFacto.Storage.Schema;

namespace DeFacto.Storage;

/// <summary>The ledger on one open connection; the SQL is the same on SQLite and PostgreSQL.</summary>
internal sealed class SqlLedgerStore(LedgerLocation location, DbConnection connection, TimeProvider clock) : ILedgerStore
{
    private bool _creationReported;

    /// <summary>This store's open made the ledger as a copy of a template (<see cref="LedgerTemplate"/>).</summary>
    public bool CreatedFromTemplate { get; init; }

    public LedgerInfo Info()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        long user = 0;
        foreach (var table in new[] { Tables.Sources, Tables.Observations, Tables.Events, Tables.Treaties })
        {
            counts[table.Name] = connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table.Name}");
            user += connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table.Name} WHERE origin = @origin", new { origin = Origins.User });
        }

        counts["provisions"] = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM provisions");
        counts["candidates"] = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM candidates");
        var pending = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM candidates WHERE review_state = @state", new { state = CandidateDesk.Name(ReviewState.Pending) });
        var bundle = connection.Query<(string Hash, string MergedAt)>("SELECT hash, merged_at FROM bundle WHERE id = 1").FirstOrDefault();
        return new LedgerInfo(location.Provider, location.Display, SchemaMigrator.CurrentVersion(connection), counts, user, pending, bundle.Hash, bundle.MergedAt);
    }

    public Core.Dataset Load() => Snapshots.Load(connection, location.Provider, () => LedgerReader.Load(connection));

    public long ChangeCounter() => Snapshots.Counter(connection);

    public DatasetDocuments Documents() => LedgerReader.Documents(connection);

    public ImportReport Import(Core.Dataset data, string origin, DatasetDocuments? documents = null, string? coder = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!Origins.IsValid(origin))
        {
            throw new ArgumentException($"origin must be '{Origins.Bundled}' or '{Origins.User}'", nameof(origin));
        }

        using var scope = WriteScope.Begin(connection, location.Provider, clock);
        var problems = ImportValidator.Validate(data, DatasetSync.LedgerIds(scope)).ToList();
        if (documents is not null)
        {
            // The folder's codebook and registry replace the ledger's: nothing the ledger keeps may be left without them.
            problems.AddRange(OrphanCheck.Find(scope, data));
        }

        if (problems.Count > 0)
        {
            throw new LedgerImportException(problems);
        }

        var kinds = DatasetSync.Write(scope, data, documents, SyncMode.Import, origin, coder);
        scope.Commit();
        return new ImportReport(kinds);
    }

    public MergeReport MergeBundled(string bundledDataDir)
    {
        var report = MergeBundledData(bundledDataDir);
        if (!CreatedFromTemplate || _creationReported)
        {
            return report;
        }

        // Made from a template: reported once as created, with what it holds, as a ledger created by merging would be.
        _creationReported = true;
        return new MergeReport(false, true, report.BundleHash, Holdings());
    }

    private MergeReport MergeBundledData(string bundledDataDir)
    {
        // The listing first: the same files as at the last merge need no reading at all.
        var listing = BundleHash.Listing(bundledDataDir);
        var (storedHash, storedListing) = StoredBundle(null);
        if (storedHash is not null && storedListing == listing)
        {
            return new MergeReport(true, false, storedHash, []);
        }

        var hash = BundleHash.Compute(bundledDataDir);
        if (storedHash == hash)
        {
            // The same content under a new listing (a reinstall, a touched file): remember the listing, so the
            // next open need not read the files again; never waiting for another process's write to do so.
            CacheWrite.TryRun(connection, location.Provider, "UPDATE bundle SET listing = @listing WHERE id = 1 AND hash = @hash", ("listing", listing), ("hash", hash));
            return new MergeReport(true, false, hash, []);
        }

        return Merge(bundledDataDir, hash, listing);
    }

    public void Export(string directory) => LedgerExport.Export(Load(), Documents(), directory);

    public void Backup(string file, bool overwrite = false) => LedgerBackup.Backup(location, connection, file, overwrite);

    public IReadOnlyList<long> AddCandidates(IEnumerable<NewCandidate> candidates)
    {
        using var scope = WriteScope.Begin(connection, location.Provider, clock);
        var kept = CandidateDesk.Add(scope, candidates);
        scope.Commit();
        return kept.Select(k => k.Id).ToList();
    }

    public KeepReport Keep(IReadOnlyList<NewCandidate> candidates, double? acceptAbove, string reviewer)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        using var scope = WriteScope.Begin(connection, location.Provider, clock);
        var kept = CandidateDesk.Add(scope, candidates);
        var accepted = new List<ReviewOutcome>();
        var left = new List<(KeptCandidate, string)>();
        if (acceptAbove is { } threshold)
        {
            var reference = LedgerReader.Reference(connection, scope.Transaction);
            foreach (var candidate in kept.Where(k => k.State == ReviewState.Pending && k.Fact.Confidence >= threshold).DistinctBy(k => k.Id))
            {
                // Accepting checks everything before it writes, so a refusal leaves nothing half-done in the transaction.
                var reviewed = CandidateDesk.Review(scope, candidate.Id, ReviewDecision.Accept, null, reviewer, reference);
                if (reviewed.TryGetValue(out var outcome))
                {
                    accepted.Add(outcome);
                }
                else
                {
                    left.Add((candidate, reviewed.Refusal!.Message));
                }
            }
        }

        scope.Commit();
        return new KeepReport(kept, accepted, left);
    }

    public Reviewed<IReadOnlyList<ReviewOutcome>> Review(ReviewRequest request, string reviewer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        using var scope = WriteScope.Begin(connection, location.Provider, clock);
        var pending = scope.Query<long>("SELECT id FROM candidates WHERE review_state = @state", new { state = CandidateDesk.Name(ReviewState.Pending) }).ToHashSet();
        var problems = request.Problems(pending);
        if (problems.Count > 0)
        {
            return Reviewed<IReadOnlyList<ReviewOutcome>>.Refused(ReviewRefusalKind.BadRequest, "review refused, nothing changed: " + string.Join("; ", problems));
        }

        var reference = request.Accept.Count > 0 ? LedgerReader.Reference(connection, scope.Transaction) : null;
        var outcomes = new List<ReviewOutcome>();
        foreach (var (id, decision) in request.Accept.Distinct().Select(id => (id, ReviewDecision.Accept))
            .Concat(request.Reject.Distinct().Select(id => (id, ReviewDecision.Reject))))
        {
            var reviewed = CandidateDesk.Review(scope, id, decision, null, reviewer, reference);
            if (!reviewed.TryGetValue(out var outcome))
            {
                // Not committed: the decisions applied so far roll back with the transaction.
                return Reviewed<IReadOnlyList<ReviewOutcome>>.Refused(reviewed.Refusal!.Kind, $"review refused, nothing changed: {reviewed.Refusal.Message}");
            }

            outcomes.Add(outcome);
        }

        scope.Commit();
        return Reviewed<IReadOnlyList<ReviewOutcome>>.Ok(outcomes);
    }

    public IReadOnlyList<Candidate> PendingCandidates() => CandidateDesk.Pending(connection);

    public Reviewed<ReviewOutcome> Review(long id, ReviewDecision decision, CandidateEdit? edit, string reviewer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        using var scope = WriteScope.Begin(connection, location.Provider, clock);
        var outcome = CandidateDesk.Review(scope, id, decision, edit, reviewer);
        if (outcome.Done)
        {
            scope.Commit();
        }

        return outcome;
    }

    public void Dispose() => connection.Dispose();

    // Apart from the check above, so that a start with an unchanged bundle loads neither the dataset reader nor its YAML parser.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private MergeReport Merge(string bundledDataDir, string hash, string listing)
    {
        var loaded = DatasetReader.Load(bundledDataDir);
        if (!loaded.Ok)
        {
            throw new LedgerException($"the bundled dataset in {bundledDataDir} has problems:\n" + ProblemList.Indent(loaded.Problems));
        }

        using var scope = WriteScope.Begin(connection, location.Provider, clock);

        // Another process may have merged the same bundle while this one waited for the write lock.
        if (StoredBundle(scope.Transaction).Hash == hash)
        {
            return new MergeReport(true, false, hash, []);
        }

        var created = scope.Scalar<long>("SELECT COUNT(*) FROM documents") == 0;
        var kinds = DatasetSync.Write(scope, loaded.Dataset!, DatasetDocuments.FromDirectory(bundledDataDir), SyncMode.Merge, Origins.Bundled, null);
        scope.Execute("DELETE FROM bundle");
        scope.Execute(Tables.Bundle.Insert, new BundleRow { Id = 1, Hash = hash, MergedAt = scope.Now, Listing = listing });
        scope.Commit();
        return new MergeReport(false, created, hash, kinds);
    }

    // The records a new ledger's merge adds, kind by kind in its order, counted as added. Plain commands: this runs
    // on a first start, which otherwise needs nothing of Dapper.
    private List<KindCounts> Holdings()
    {
        var kinds = new List<KindCounts>();
        foreach (var table in new[] { Tables.Documents, Tables.Treaties, Tables.Observations, Tables.Codings, Tables.Events, Tables.Sources })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table.Name}";
            kinds.Add(new KindCounts(table.Name, Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), 0, 0, 0, 0));
        }

        return kinds;
    }

    private (string? Hash, string? Listing) StoredBundle(DbTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT hash, listing FROM bundle WHERE id = 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : (null, null);
    }
}
