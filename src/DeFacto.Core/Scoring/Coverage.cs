namespace DeFacto.Core.Scoring;

/// <summary>How well a domain is evidenced at the assessment date.</summary>
public enum Coverage
{
    /// <summary>Evidence attests the date, or is younger than the codebook's fresh_years.</summary>
    Current,

    /// <summary>Only ageing evidence (past fresh_years, or ended by an event): the domain leans on the prior.</summary>
    Old,

    /// <summary>No evidence on or before the date: the domain is the prior.</summary>
    None,

    /// <summary>The domain does not exist for this territory; it is left out of the index.</summary>
    NotApplicable,
}
