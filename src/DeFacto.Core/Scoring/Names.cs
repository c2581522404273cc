namespace DeFacto.Core.Scoring;

/// <summary>The stable identifiers of stages and bases used in files, JSON and the command line.</summary>
public static class Names
{
    public static readonly IReadOnlyList<Stage> Stages =
        [Stage.Sovereign, Stage.Patronage, Stage.Integration, Stage.DeFactoAnnexation, Stage.DeJureAnnexation];

    public static string Of(Stage stage) => stage switch
    {
        Stage.Sovereign => "sovereign",
        Stage.Patronage => "patronage",
        Stage.Integration => "integration",
        Stage.DeFactoAnnexation => "de-facto-annexation",
        _ => "de-jure-annexation",
    };

    public static string Of(Basis basis) => basis == Basis.Practice ? "practice" : "commitments";

    public static Basis? ParseBasis(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "practice" => Basis.Practice,
        "commitments" => Basis.Commitments,
        _ => null,
    };
}
