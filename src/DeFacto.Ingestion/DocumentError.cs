namespace DeFacto.Ingestion;

/// <summary>Why a document (or part of it) could not be read: said plainly, with what to do about it.</summary>
public sealed record DocumentError(string Document, string Message);
