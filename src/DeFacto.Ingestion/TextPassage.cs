namespace DeFacto.Ingestion;

/// <summary>A passage of the document (the sentence a candidate stands in, or its paragraph): its text and where it stands in the original.</summary>
public sealed record TextPassage(TextSpan Span, string Text);
