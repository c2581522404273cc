namespace DeFacto.Core.Scoring;

/// <summary>The stable identifiers of stages and bases used in files, JSON and the command line.</summary>
public static class Names
{
    /// <summary>The stages that carry a probability (the functional stages and de jure annexation).</summary>
    public static readonly IReadOnlyList<Stage> Stages =
        [Stage.Sovereign, Stage.Patronage, Stage.Integration, Stage.DeFactoAnnexation, Stage.DeJureAnnexation];

    /// <summary>The stages the draws decide between.</summary>
    public static readonly IReadOnlyList<Stage> FunctionalStages =
        [Stage.Sovereign, Stage.Patronage, Stage.Integration, Stage.DeFactoAnnexation];

    /// <summary>Every value the headline <c>stage</c> can take.</summary>
    public static readonly IReadOnlyList<Stage> HeadlineStages =
    [
        Stage.NotAssessable, Stage.InsufficientEvidence, Stage.Indeterminate, Stage.Sovereign, Stage.Patronage,
        Stage.Integration, Stage.DeFactoAnnexation, Stage.DeJureAnnexation,
    ];

    public static string Of(Stage stage) => stage switch
    {
        Stage.Sovereign => "sovereign",
        Stage.Patronage => "patronage",
        Stage.Integration => "integration",
        Stage.DeFactoAnnexation => "de-facto-annexation",
        Stage.DeJureAnnexation => "de-jure-annexation",
        Stage.NotAssessable => "not-assessable",
        Stage.InsufficientEvidence => "insufficient-evidence",
        _ => "indeterminate",
    };

    public static bool IsAbstention(Stage stage) => stage is Stage.NotAssessable or Stage.InsufficientEvidence or Stage.Indeterminate;

    public static string Of(Basis basis) => basis == Basis.Practice ? "practice" : "commitments";

    public static string Of(PledgeCounting counting) => counting == PledgeCounting.FromSignature ? "signed" : "in-force";

    public static Basis? ParseBasis(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "practice" => Basis.Practice,
        "commitments" => Basis.Commitments,
        _ => null,
    };

    public static PledgeCounting? ParsePledges(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "in-force" or "inforce" => PledgeCounting.FromEntryIntoForce,
        "signed" => PledgeCounting.FromSignature,
        _ => null,
    };
}
