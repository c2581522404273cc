using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Arguments;
using DeFacto.Core.Scoring;
using DeFacto.Web.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeFacto.Web.Pages;

/// <summary>A public page that reads the evidence at a date on a basis, taken from the query string.</summary>
public abstract class ReadingPage(Analyses analyses) : PageModel
{
    protected Analyses Analyses => analyses;

    [BindProperty(SupportsGet = true, Name = "asOf")]
    public string? AsOfText { get; set; }

    [BindProperty(SupportsGet = true, Name = "basis")]
    public string? BasisText { get; set; }

    public DateOnly Date { get; private set; }

    public Basis Basis { get; private set; }

    public string? Error { get; private set; }

    public DateFormModel Form => new(Date, Basis, Error);

    /// <summary>Reads the date and basis; a bad one is reported, the page answers 400 and shows today on the practice basis.</summary>
    protected bool ReadQuery()
    {
        var date = DateArgument.AsOf(AsOfText, analyses.Today);
        var basis = BasisArgument.Parse(BasisText);
        Date = date.TryGetValue(out var d) ? d : analyses.Today;
        Basis = basis.TryGetValue(out var b) ? b : Basis.Practice;
        Error = Outcomes.ProblemsOf(date, basis).Select(ProblemWords.Of).FirstOrDefault();
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Error is null;
    }

    protected void Fail(int status, string message)
    {
        Error = message;
        Response.StatusCode = status;
    }
}
