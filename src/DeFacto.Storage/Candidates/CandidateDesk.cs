using System.Data.Common;
using Dapper;
using DeFacto.Core.Evidence;
using DeFacto.Core.Time;
using DeFacto.Storage.Records;

namespace DeFacto.Storage.Candidates;

/// <summary>Candidate facts: stored as found, listed while pending, and accepted into evidence or rejected by a reviewer.</summary>
internal static class CandidateDesk
{
    // A fact already kept (same document content, span, territory, indicator and value) is not kept twice:
    // the unique index over those columns says so (M202612010002), and the existing row is looked up by
    // the same columns instead, a NULL value column matching a NULL.
    private static readonly string InsertSql =
        "INSERT INTO candidates (" + string.Join(", ", Tables.Candidates.Columns.Skip(1)) + ") VALUES (" +
        string.Join(", ", Tables.Candidates.Columns.Skip(1).Select(c => "@" + Records.TableSpec.Property(c))) + ") ON CONFLICT DO NOTHING RETURNING id";

    private const string FindSql =
        "SELECT id AS \"Id\", review_state AS \"ReviewState\" FROM candidates WHERE document_hash = @DocumentHash AND span_start = @SpanStart " +
        "AND span_length = @SpanLength AND territory = @Territory AND indicator = @Indicator " +
        "AND value_point IS NOT DISTINCT FROM @ValuePoint AND value_low IS NOT DISTINCT FROM @ValueLow " +
        "AND value_high IS NOT DISTINCT FROM @ValueHigh AND category IS NOT DISTINCT FROM @Category";

    public static string Name(ReviewState state) => state.ToString().ToLowerInvariant();

    public static IReadOnlyList<KeptCandidate> Add(WriteScope scope, IEnumerable<NewCandidate> candidates)
    {
        var kept = new List<KeptCandidate>();
        foreach (var c in candidates)
        {
            var row = new CandidateRow
            {
                Territory = c.Territory,
                Indicator = c.Indicator,
                ValuePoint = c.Value.Point,
                ValueLow = c.Value.Low,
                ValueHigh = c.Value.High,
                Category = c.Value.Category,
                Unit = c.Unit,
                Status = Vocabulary.Name(c.Status),
                Qualifier = c.Qualifier,
                AsOf = c.AsOf?.ToString(),
                DocumentName = c.DocumentName,
                DocumentTitle = c.DocumentTitle,
                SpanStart = c.SpanStart,
                SpanLength = c.SpanLength,
                Quote = c.Quote,
                Confidence = c.Confidence,
                ReviewState = Name(ReviewState.Pending),
                CreatedAt = scope.Now,
                UpdatedAt = scope.Now,
                DocumentHash = c.DocumentHash,
                SentenceText = c.Sentence?.Text,
                SentenceStart = c.Sentence?.Start,
                SentenceLength = c.Sentence?.Length,
                ParagraphText = c.Paragraph?.Text,
                ParagraphStart = c.Paragraph?.Start,
                ParagraphLength = c.Paragraph?.Length,
            };
            var id = scope.Query<long>(InsertSql, row).FirstOrDefault();
            if (id != 0)
            {
                kept.Add(new KeptCandidate(id, c, ReviewState.Pending, IsNew: true));
                continue;
            }

            var existing = scope.Query<(long Id, string ReviewState)>(FindSql, row).First();
            kept.Add(new KeptCandidate(existing.Id, c, Enum.Parse<ReviewState>(existing.ReviewState, ignoreCase: true), IsNew: false));
        }

        return kept;
    }

    public static IReadOnlyList<Candidate> Pending(DbConnection connection) => connection
        .Query<CandidateRow>($"{Tables.Candidates.Select} WHERE review_state = @state ORDER BY id", new { state = Name(ReviewState.Pending) })
        .Select(ToModel).ToList();

    /// <summary>
    /// Accepts or rejects one pending candidate inside <paramref name="scope"/>. Checks everything before it
    /// writes, so a refusal (returned, not thrown) leaves the transaction as it was.
    /// </summary>
    public static Reviewed<ReviewOutcome> Review(WriteScope scope, long id, ReviewDecision decision, CandidateEdit? edit, string reviewer, Core.Dataset? reference = null)
    {
        var row = scope.Query<CandidateRow>($"{Tables.Candidates.Select} WHERE id = @id", new { id }).SingleOrDefault();
        if (row is null)
        {
            return Reviewed<ReviewOutcome>.Refused(ReviewRefusalKind.NoSuchCandidate, $"there is no candidate {id}");
        }

        if (row.ReviewState != Name(ReviewState.Pending))
        {
            return Reviewed<ReviewOutcome>.Refused(ReviewRefusalKind.AlreadyReviewed, $"candidate {id} was already {row.ReviewState} by {row.Reviewer}");
        }

        Observation? observation = null;
        if (decision == ReviewDecision.Accept)
        {
            var accepted = Accept(scope, row, edit ?? new CandidateEdit(), reviewer, reference ?? LedgerReader.Reference(scope.Connection, scope.Transaction));
            if (!accepted.TryGetValue(out observation))
            {
                return Reviewed<ReviewOutcome>.Refused(accepted.Refusal!);
            }
        }

        row.ReviewState = Name(decision == ReviewDecision.Accept ? ReviewState.Accepted : ReviewState.Rejected);
        row.Reviewer = reviewer;
        row.ObservationId = observation?.Id;
        row.ReviewedAt = scope.Now;
        row.UpdatedAt = scope.Now;
        scope.Execute("UPDATE candidates SET review_state = @ReviewState, reviewer = @Reviewer, observation_id = @ObservationId, " +
            "reviewed_at = @ReviewedAt, updated_at = @UpdatedAt WHERE id = @Id", row);
        return Reviewed<ReviewOutcome>.Ok(new ReviewOutcome(ToModel(row), observation));
    }

    /// <summary>Makes the observation by Core's one rule (<see cref="CandidateAcceptance"/>), checks the ids are free, and stores it.</summary>
    private static Reviewed<Observation> Accept(WriteScope scope, CandidateRow row, CandidateEdit edit, string reviewer, Core.Dataset reference)
    {
        var fact = ToModel(row).Fact;
        var hash = row.DocumentHash ?? DocumentHash.Of("name:" + row.DocumentName);
        var source = DocumentHash.SourceId(hash);

        // The observation's id comes from the fact's identity where there is one, so that the same fact
        // accepted in two ledgers gets the same id; older candidates keep the id from their row number.
        var identity = row.DocumentHash is null
            ? $"candidate-{row.Id}"
            : FactIdentity.Digest(row.DocumentHash, row.SpanStart, row.SpanLength, row.Territory, row.Indicator, FactIdentity.ValueKey(fact.Value));
        var reviewed = new ReviewedFact
        {
            Territory = edit.Territory ?? fact.Territory,
            Indicator = edit.Indicator ?? fact.Indicator,
            Value = edit.Value ?? fact.Value,
            Unit = edit.Unit ?? fact.Unit,
            Status = edit.Status ?? fact.Status,
            Qualifier = edit.Qualifier ?? fact.Qualifier,
            AsOf = edit.AsOf ?? fact.AsOf,
            Quote = edit.Quote ?? fact.Quote,
            Confidence = edit.Confidence ?? fact.Confidence,
            Note = edit.Note,
            SpanStart = fact.SpanStart,
            SpanLength = fact.SpanLength,
        };
        var made = CandidateAcceptance.Observe(reviewed, identity, source, reviewer, reference.Codebook, reference.Registry);
        if (!made.TryGetValue(out var observation))
        {
            return Reviewed<Observation>.Refused(ReviewRefusalKind.CannotAccept, $"cannot accept candidate {row.Id}: {made.Error} (edit the candidate's values)");
        }

        var problems = new List<string>();
        CheckIdFree(scope, problems, row.Id, observation.Id, "observation");
        CheckIdFree(scope, problems, row.Id, source, "source");
        if (problems.Count > 0)
        {
            return Reviewed<Observation>.Refused(ReviewRefusalKind.CannotAccept, "cannot accept: " + string.Join("; ", problems) + " (edit the candidate's values)");
        }

        var existingSource = scope.Query<(string Kind, string Note)>("SELECT kind AS \"Kind\", COALESCE(note, '') AS \"Note\" FROM sources WHERE id = @source", new { source }).ToList();
        if (existingSource.Count == 0)
        {
            // The document was read (ingested, then accepted) today, by the ledger's clock.
            var title = string.IsNullOrWhiteSpace(fact.DocumentTitle) ? fact.DocumentName : fact.DocumentTitle;
            var note = row.DocumentHash is null
                ? $"ingested from the document named {fact.DocumentName}"
                : $"ingested document, SHA-256 {row.DocumentHash}; first read as {fact.DocumentName}";
            RecordSync.Put(scope, Tables.Sources, RecordMapper.ToRow(Source.Create(source, "document", title).Value with { Note = note, Accessed = scope.Today }), Origins.User, reviewer);
        }
        else if (existingSource[0].Kind != "document" || (row.DocumentHash is not null && !existingSource[0].Note.Contains(row.DocumentHash, StringComparison.Ordinal)))
        {
            return Reviewed<Observation>.Refused(ReviewRefusalKind.CannotAccept, $"cannot accept candidate {row.Id}: the source id {source} is already taken by another source; nothing was changed");
        }

        RecordSync.Put(scope, Tables.Observations, RecordMapper.ToRow(observation), Origins.User, null);
        return Reviewed<Observation>.Ok(observation);
    }

    // Ids are one space across sources, observations, events, treaties and provisions.
    private static void CheckIdFree(WriteScope scope, List<string> problems, long candidate, string id, string kind)
    {
        foreach (var (other, table) in Tables.IdSpaces.Where(t => t.Kind != kind))
        {
            if (scope.Scalar<long>($"SELECT COUNT(*) FROM {table.Name} WHERE id = @id", new { id }) > 0)
            {
                problems.Add($"candidate {candidate}: the {kind} id {id} is already used by a {other}");
            }
        }
    }

    private static Candidate ToModel(CandidateRow r) => new(
        r.Id,
        new NewCandidate
        {
            Territory = r.Territory,
            Indicator = r.Indicator,
            Value = RecordMapper.Value("candidate", r.Id, r.ValuePoint, r.ValueLow, r.ValueHigh, r.Category),
            Unit = r.Unit,
            Status = Vocabulary.ParseStatus(r.Status) ?? EvidenceStatus.InPlace,
            Qualifier = r.Qualifier,
            AsOf = r.AsOf is null ? null : PartialDate.Parse(r.AsOf).Value,
            DocumentName = r.DocumentName,
            DocumentTitle = r.DocumentTitle,
            DocumentHash = r.DocumentHash,
            SpanStart = r.SpanStart,
            SpanLength = r.SpanLength,
            Quote = r.Quote,
            Confidence = r.Confidence,
            Sentence = Passage(r.SentenceText, r.SentenceStart, r.SentenceLength),
            Paragraph = Passage(r.ParagraphText, r.ParagraphStart, r.ParagraphLength),
        },
        Enum.Parse<ReviewState>(r.ReviewState, ignoreCase: true),
        r.Reviewer,
        r.ObservationId,
        r.CreatedAt,
        r.ReviewedAt);

    private static CandidatePassage? Passage(string? text, int? start, int? length) =>
        text is null || start is null || length is null ? null : new CandidatePassage(text, start.Value, length.Value);
}
