namespace DeFacto.Storage.Candidates;

/// <summary>A stretch of the document around a candidate (its sentence or paragraph): the text and where it lies in the document.</summary>
public sealed record CandidatePassage(string Text, int Start, int Length);
