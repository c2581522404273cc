using System.Globalization;
using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Reviewing;
using DeFacto.Storage.Candidates;
using DeFacto.Web.Assessments;
using DeFacto.Web.Evidence;
using DeFacto.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeFacto.Web.Pages;

/// <summary>
/// Candidate facts from ingested documents: anyone signed in sees them; coders and editors accept (as
/// found or edited) or reject them. Every form carries an antiforgery token, which Razor Pages checks.
/// An edit that is refused comes back in its form as typed, with the candidate named in the error.
/// </summary>
[Authorize]
public sealed class ReviewModel(IReviewDesk desk, IEvidenceSource evidence) : PageModel
{
    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];

    public bool HasLedger => desk is not NoReviewDesk;

    public bool CanReview => User.IsInRole(Roles.Coder) || User.IsInRole(Roles.Editor);

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    /// <summary>Only the candidates from this document (its SHA-256), when the query names one.</summary>
    [BindProperty(SupportsGet = true, Name = "document")]
    public string? Document { get; set; }

    /// <summary>The candidate whose edit was refused, and the edit as typed, to show again.</summary>
    public long? FailedId { get; private set; }

    public CandidateForm? FailedForm { get; private set; }

    public void OnGet() => Candidates = Queue();

    public IActionResult OnPostAccept(string? id) => Id(id) is { } n ? Decide(n, ReviewDecision.Accept, null) : Refuse(NotANumber(id));

    public IActionResult OnPostReject(string? id) => Id(id) is { } n ? Decide(n, ReviewDecision.Reject, null) : Refuse(NotANumber(id));

    public IActionResult OnPostEdit(string? id, CandidateForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (Id(id) is not { } n)
        {
            return Refuse(NotANumber(id));
        }

        if (!CanReview)
        {
            return Forbid();
        }

        var candidate = desk.Pending().FirstOrDefault(c => c.Id == n);
        if (candidate is null)
        {
            return Refuse($"There is no pending candidate {n}: it may have been reviewed already.");
        }

        var dataset = evidence.Current.Dataset;
        var edit = ReviewDesk.ReadEdit(dataset.Codebook, dataset.Registry, form.ToText());
        var problems = edit.TryGetValue(out var value)
            ? CandidateChecks.Against(dataset.Codebook, candidate.Fact, value)
            : edit.Problems.Select(ProblemWords.Of).ToList();
        if (problems.Count > 0)
        {
            FailedId = n;
            FailedForm = form;
            return Refuse($"{Capital(Name(candidate))} was not accepted: {string.Join("; ", problems)}. Correct the edit below and try again.");
        }

        return Decide(n, ReviewDecision.Accept, value);
    }

    /// <summary>"candidate 12 (security.patron_troops for abkhazia)": how every message names a candidate.</summary>
    public static string Name(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return $"candidate {candidate.Id} ({candidate.Fact.Indicator} for {candidate.Fact.Territory})";
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private IReadOnlyList<Candidate> Queue()
    {
        var pending = desk.Pending();
        return string.IsNullOrEmpty(Document) ? pending : pending.Where(c => c.Fact.DocumentHash == Document).ToList();
    }

    private static long? Id(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static string NotANumber(string? id) =>
        $"'{id}' is not a candidate number: give the number shown beside \"Candidate\" (e.g. id=12).";

    private IActionResult Decide(long id, ReviewDecision decision, CandidateEdit? edit)
    {
        if (!CanReview)
        {
            return Forbid();
        }

        var candidate = desk.Pending().FirstOrDefault(c => c.Id == id);
        var named = candidate is null ? $"candidate {id}" : Name(candidate);
        if (decision == ReviewDecision.Accept && candidate is not null && edit is null
            && CandidateChecks.Against(evidence.Current.Dataset.Codebook, candidate.Fact, new CandidateEdit()) is { Count: > 0 } problems)
        {
            return Refuse($"{Capital(named)} was not accepted: {string.Join("; ", problems)}. Edit it, then accept.");
        }

        var result = desk.Review(id, decision, edit, User.Identity!.Name!);
        if (!result.TryGetValue(out var done))
        {
            return Refuse($"{Capital(named)} was not {(decision == ReviewDecision.Accept ? "accepted" : "rejected")}: {string.Join("; ", result.Problems.Select(ProblemWords.Of))}");
        }

        Message = decision == ReviewDecision.Accept
            ? $"Accepted {named} as observation {done.Observation?.Id}."
            : $"Rejected {named}.";
        return RedirectToPage();
    }

    private PageResult Refuse(string error)
    {
        Error = error;
        Candidates = Queue();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
