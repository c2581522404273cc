using DeFacto.Analysis.Reviewing;

namespace DeFacto.Web.Pages;

/// <summary>A reviewer's corrections to a candidate, as typed into the review form; blank fields keep the candidate's value.</summary>
public sealed class CandidateForm
{
    public string? Territory { get; set; }

    public string? Indicator { get; set; }

    /// <summary>A number (90), a range (30000–40000 or 30000-40000) or a category (yes, systematic).</summary>
    public string? Value { get; set; }

    public string? AsOf { get; set; }

    public string? Status { get; set; }

    public string? Qualifier { get; set; }

    public string? Quote { get; set; }

    /// <summary>The form's fields as the review use case reads them.</summary>
    public EditText ToText() => new()
    {
        Territory = Territory,
        Indicator = Indicator,
        Value = Value,
        AsOf = AsOf,
        Status = Status,
        Qualifier = Qualifier,
        Quote = Quote,
    };
}
