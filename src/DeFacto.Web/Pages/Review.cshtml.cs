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

    public void OnGet() => Candidates = desk.Pending();

    public IActionResult OnPostAccept(long id) => Decide(id, ReviewDecision.Accept, null);

    public IActionResult OnPostReject(long id) => Decide(id, ReviewDecision.Reject, null);

    public IActionResult OnPostEdit(long id, CandidateForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var edit = ReviewDesk.ReadEdit(evidence.Current.Dataset.Registry, form.ToText());
        return edit.TryGetValue(out var value) ? Decide(id, ReviewDecision.Accept, value) : Refuse(edit.Problems);
    }

    private IActionResult Decide(long id, ReviewDecision decision, CandidateEdit? edit)
    {
        if (!CanReview)
        {
            return Forbid();
        }

        var result = desk.Review(id, decision, edit, User.Identity!.Name!);
        if (!result.TryGetValue(out var done))
        {
            return Refuse(result.Problems);
        }

        Message = decision == ReviewDecision.Accept
            ? $"Accepted candidate {id} as observation {done.Observation?.Id}."
            : $"Rejected candidate {id}.";
        return RedirectToPage();
    }

    private PageResult Refuse(IReadOnlyList<Problem> problems)
    {
        Error = string.Join("; ", problems.Select(ProblemWords.Of));
        Candidates = desk.Pending();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
