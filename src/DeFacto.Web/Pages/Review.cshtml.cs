using DeFacto.Storage.Candidates;
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
public sealed class ReviewModel(IReviewDesk desk) : PageModel
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
        var edit = form.ToEdit();
        return edit.Success ? Decide(id, ReviewDecision.Accept, edit.Value) : Refuse(edit.Error!);
    }

    private IActionResult Decide(long id, ReviewDecision decision, CandidateEdit? edit)
    {
        if (!CanReview)
        {
            return Forbid();
        }

        var result = desk.Review(id, decision, edit, User.Identity!.Name!);
        if (!result.Ok)
        {
            return Refuse(result.Error!);
        }

        Message = decision == ReviewDecision.Accept
            ? $"Accepted candidate {id} as observation {result.Outcome!.Observation?.Id}."
            : $"Rejected candidate {id}.";
        return RedirectToPage();
    }

    private PageResult Refuse(string error)
    {
        Error = error;
        Candidates = desk.Pending();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
