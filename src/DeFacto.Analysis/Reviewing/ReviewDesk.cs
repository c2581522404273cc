using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Arguments;
using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;
using DeFacto.Core.Time;
using DeFacto.Storage;
using DeFacto.Storage.Candidates;

namespace DeFacto.Analysis.Reviewing;

/// <summary>
/// The review use cases: read a reviewer's edits, then accept (as found or edited) or reject a candidate.
/// The CLI and the web form call the same functions, so they refuse and accept the same values.
/// </summary>
public static class ReviewDesk
{
    /// <summary>
    /// The edit a reviewer typed, checked field by field; every field that cannot be read is a problem. The
    /// qualifier is one of <paramref name="codebook"/>'s, the one list of qualifiers.
    /// </summary>
    public static Outcome<CandidateEdit> ReadEdit(Codebook codebook, PlaceRegistry registry, EditText text)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(text);
        var territory = Blank(text.Territory) is { } t ? TerritoryArgument.Resolve(registry, t).Select(p => (string?)p.Id) : Outcomes.Of<string?>(null);
        var value = Blank(text.Value) is { } v ? ValueArgument.Parse(v).Select(x => (ObservedValue?)x) : Outcomes.Of<ObservedValue?>(null);
        var asOf = DateArgument.Optional(text.AsOf, "as-of");
        var status = Status(text.Status);
        var qualifier = Qualifier(codebook, text.Qualifier);
        var problems = Outcomes.ProblemsOf(territory, value, asOf, status, qualifier);
        if (problems.Count > 0)
        {
            return Outcomes.Fail<CandidateEdit>(problems);
        }

        return Outcomes.Of(new CandidateEdit
        {
            Territory = territory.Value,
            Indicator = Blank(text.Indicator),
            Value = value.Value,
            AsOf = asOf.Value,
            Status = status.Value,
            Qualifier = qualifier.Value,
            Quote = Blank(text.Quote),
            Note = Blank(text.Note),
        });
    }

    /// <summary>Accepts (with the edit, if any) or rejects one candidate; a candidate that is gone or refused is a problem.</summary>
    public static Outcome<ReviewOutcome> Decide(ILedgerStore store, long id, ReviewDecision decision, CandidateEdit? edit, string reviewer)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (decision == ReviewDecision.Reject && edit is not null)
        {
            return Outcomes.Fail<ReviewOutcome>(Problem.Invalid(null, "an edit only goes with accept"));
        }

        var reviewed = store.Review(id, decision, edit, reviewer);
        return reviewed.TryGetValue(out var outcome) ? Outcomes.Of(outcome) : Outcomes.Fail<ReviewOutcome>(ProblemOf(reviewed.Refusal!));
    }

    /// <summary>
    /// Accepts and rejects several candidates at once, as found: the whole request is checked against the
    /// pending ids, then applied in one transaction. Any refusal changes nothing.
    /// </summary>
    public static Outcome<IReadOnlyList<ReviewOutcome>> DecideAll(ILedgerStore store, IReadOnlyList<long> accept, IReadOnlyList<long> reject, string reviewer)
    {
        ArgumentNullException.ThrowIfNull(store);
        var request = new ReviewRequest(accept, reject);
        var problems = request.Problems(store.PendingCandidates().Select(c => c.Id).ToHashSet());
        if (problems.Count > 0)
        {
            return Outcomes.Fail<IReadOnlyList<ReviewOutcome>>(problems.Select(p => Problem.Refused("review refused, nothing changed: " + p)).ToList());
        }

        var reviewed = store.Review(request, reviewer);
        return reviewed.TryGetValue(out var outcomes) ? Outcomes.Of(outcomes) : Outcomes.Fail<IReadOnlyList<ReviewOutcome>>(ProblemOf(reviewed.Refusal!));
    }

    // The one refusal an edge answers differently is a candidate that is not there.
    private static Problem ProblemOf(ReviewRefusal refusal) => refusal.Kind == ReviewRefusalKind.NoSuchCandidate
        ? Problem.NotFound(null, refusal.Message)
        : Problem.Refused(refusal.Message);

    private static Outcome<EvidenceStatus?> Status(string? text) => Blank(text) is not { } s
        ? Outcomes.Of<EvidenceStatus?>(null)
        : Vocabulary.ParseStatus(s.ToLowerInvariant()) is { } status
            ? Outcomes.Of<EvidenceStatus?>(status)
            : Outcomes.Fail<EvidenceStatus?>(Problem.Invalid("status", $"'{s}' is neither in-place nor pledged"));

    private static Outcome<string?> Qualifier(Codebook codebook, string? text) => Blank(text)?.ToLowerInvariant() is not { } q
        ? Outcomes.Of<string?>(null)
        : codebook.QualifierIds.Contains(q)
            ? Outcomes.Of<string?>(q)
            : Outcomes.Fail<string?>(Problem.Invalid("qualifier", $"'{q}' is not one of {string.Join(", ", codebook.QualifierIds)}"));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
