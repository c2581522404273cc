namespace DeFacto.Core.Scoring;

/// <summary>Which rule of the headline order (DESIGN.md §5, point 6) decided the stage.</summary>
public enum VerdictReason
{
    BeforeContestedExistence,
    AfterContestedExistence,
    Incorporated,
    TooFewCurrentDomains,
    ProbableStage,
    NoProbableStage,
}
