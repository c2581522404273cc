using System.Data.Common;
using System.Text;
using Dapper;
using DeFacto.Core.Evidence;
using DeFacto.Core.Time;
using DeFacto.Storage.Records;

namespace DeFacto.Storage.Candidates;

/// <summary>Candidate facts: stored as found, listed while pending, and accepted into evidence or rejected by a reviewer.</summary>
internal static class CandidateDesk
{
    private static readonly string InsertSql =
        "INSERT INTO candidates (" + string.Join(", ", Tables.Candidates.Columns.Skip(1)) + ") VALUES (" +
        string.Join(", ", Tables.Candidates.Columns.Skip(1).Select(c => "@" + Records.TableSpec.Property(c))) + ") RETURNING id";

    public static string Name(ReviewState state) => state.ToString().ToLowerInvariant();

    public static IReadOnlyList<long> Add(WriteScope scope, IEnumerable<NewCandidate> candidates)
    {
        var ids = new List<long>();
        foreach (var c in candidates)
        {
            var row = new CandidateRow
            {
                Territory = c.Territory, Indicator = c.Indicator, ValuePoint = c.Value.Point, ValueLow = c.Value.Low, ValueHigh = c.Value.High,
                Category = c.Value.Category, Unit = c.Unit, Status = Vocabulary.Name(c.Status), Qualifier = c.Qualifier, AsOf = c.AsOf?.ToString(),
                DocumentName = c.DocumentName, DocumentTitle = c.DocumentTitle, SpanStart = c.SpanStart, SpanLength = c.SpanLength,
                Quote = c.Quote, Confidence = c.Confidence, ReviewState = Name(ReviewState.Pending), CreatedAt = scope.Now, UpdatedAt = scope.Now,
            };
            ids.Add(scope.Scalar<long>(InsertSql, row));
        }

        return ids;
    }

    public static IReadOnlyList<Candidate> Pending(DbConnection connection) => connection
        .Query<CandidateRow>($"{Tables.Candidates.Select} WHERE review_state = @state ORDER BY id", new { state = Name(ReviewState.Pending) })
        .Select(ToModel).ToList();

    public static ReviewOutcome Review(WriteScope scope, long id, ReviewDecision decision, CandidateEdit? edit, string reviewer)
    {
        var row = scope.Query<CandidateRow>($"{Tables.Candidates.Select} WHERE id = @id", new { id }).SingleOrDefault()
            ?? throw new LedgerException($"there is no candidate {id}");
        if (row.ReviewState != Name(ReviewState.Pending))
        {
            throw new LedgerException($"candidate {id} was already {row.ReviewState} by {row.Reviewer}");
        }

        Observation? observation = null;
        if (decision == ReviewDecision.Accept)
        {
            observation = Accept(scope, row, edit ?? new CandidateEdit(), reviewer);
        }

        row.ReviewState = Name(decision == ReviewDecision.Accept ? ReviewState.Accepted : ReviewState.Rejected);
        row.Reviewer = reviewer;
        row.ObservationId = observation?.Id;
        row.ReviewedAt = scope.Now;
        row.UpdatedAt = scope.Now;
        scope.Execute("UPDATE candidates SET review_state = @ReviewState, reviewer = @Reviewer, observation_id = @ObservationId, " +
            "reviewed_at = @ReviewedAt, updated_at = @UpdatedAt WHERE id = @Id", row);
        return new ReviewOutcome(ToModel(row), observation);
    }

    private static Observation Accept(WriteScope scope, CandidateRow row, CandidateEdit edit, string reviewer)
    {
        var fact = ToModel(row).Fact;
        var asOf = edit.AsOf ?? fact.AsOf ?? throw new LedgerException($"candidate {row.Id} has no date: give the as-of date it held on");
        var territory = edit.Territory ?? fact.Territory;
        var indicator = edit.Indicator ?? fact.Indicator;
        var source = SourceId(fact.DocumentName);
        var observation = new Observation
        {
            Id = $"{territory}-{Kebab(indicator)}-{asOf}-candidate-{row.Id}",
            Territory = territory,
            Indicator = indicator,
            Value = edit.Value ?? fact.Value,
            Unit = edit.Unit ?? fact.Unit,
            Qualifier = edit.Qualifier ?? fact.Qualifier,
            Status = edit.Status ?? fact.Status,
            AsOf = asOf,
            Source = source,
            Locator = $"chars {fact.SpanStart}-{fact.SpanStart + fact.SpanLength}",
            Quote = edit.Quote ?? fact.Quote,
            Coder = reviewer,
            Confidence = edit.Confidence ?? fact.Confidence,
            Note = edit.Note,
        };

        var ledger = LedgerReader.Load(scope.Connection, scope.Transaction);
        var problems = new List<string>();
        ImportValidator.CheckCoded(problems, $"candidate {row.Id}", ledger, observation.Territory, observation.Indicator, observation.Value, observation.Quote, observation.Confidence);
        if (problems.Count > 0)
        {
            throw new LedgerException("cannot accept: " + string.Join("; ", problems) + " (edit the candidate's values)");
        }

        var sourceRow = RecordMapper.ToRow(new Source { Id = source, Kind = "document", Title = fact.DocumentTitle ?? fact.DocumentName });
        RecordSync.Sync<SourceRow>(scope, "sources", Tables.Sources, ledger.Ledger.FindSource(source) is null ? [sourceRow] : [], SyncMode.Import, Origins.User, reviewer);
        RecordSync.Sync(scope, "observations", Tables.Observations, [RecordMapper.ToRow(observation)], SyncMode.Import, Origins.User, null);
        return observation;
    }

    /// <summary>A document's name as a source id: lower-case kebab-case, without its extension.</summary>
    public static string SourceId(string documentName) => Kebab(Path.GetFileNameWithoutExtension(documentName));

    private static string Kebab(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var id = builder.ToString().Trim('-');
        while (id.Contains("--", StringComparison.Ordinal))
        {
            id = id.Replace("--", "-", StringComparison.Ordinal);
        }

        return id.Length == 0 ? "document" : id;
    }

    private static Candidate ToModel(CandidateRow r) => new(
        r.Id,
        new NewCandidate
        {
            Territory = r.Territory, Indicator = r.Indicator, Value = new ObservedValue(r.ValuePoint, r.ValueLow, r.ValueHigh, r.Category),
            Unit = r.Unit, Status = Vocabulary.ParseStatus(r.Status) ?? EvidenceStatus.InPlace, Qualifier = r.Qualifier,
            AsOf = r.AsOf is null ? null : PartialDate.Parse(r.AsOf).Value, DocumentName = r.DocumentName, DocumentTitle = r.DocumentTitle,
            SpanStart = r.SpanStart, SpanLength = r.SpanLength, Quote = r.Quote, Confidence = r.Confidence,
        },
        Enum.Parse<ReviewState>(r.ReviewState, ignoreCase: true),
        r.Reviewer,
        r.ObservationId,
        r.CreatedAt,
        r.ReviewedAt);
}
