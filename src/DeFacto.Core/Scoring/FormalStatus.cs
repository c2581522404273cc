namespace DeFacto.Core.Scoring;

/// <summary>
/// The de jure axis as dated legal facts, never drawn: whether the patron's incorporation is in force
/// on the date (and since when), whether the patron recognises the territory, whether accession is
/// sought, bloc membership, and how many formal steps to annexation are left.
/// </summary>
public sealed record FormalStatus(bool Incorporated, DateOnly? IncorporatedOn, bool RecognisedByPatron, bool AccessionSought, string? BlocMembership, int StepsLeft);
