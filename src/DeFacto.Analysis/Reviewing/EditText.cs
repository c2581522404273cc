namespace DeFacto.Analysis.Reviewing;

/// <summary>A reviewer's corrections as typed, in the CLI's prompts or the web form; blank fields keep the candidate's value.</summary>
public sealed record EditText
{
    public string? Territory { get; init; }

    public string? Indicator { get; init; }

    /// <summary>A number (90), a range (30000–40000 or 30000-40000) or a category (yes, systematic).</summary>
    public string? Value { get; init; }

    public string? Status { get; init; }

    public string? AsOf { get; init; }

    public string? Qualifier { get; init; }

    public string? Quote { get; init; }

    public string? Note { get; init; }
}
