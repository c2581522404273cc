namespace DeFacto.Ingestion.Sentences;

/// <summary>A word, number or punctuation mark of a sentence, with its offsets in the cleaned text.</summary>
internal sealed record Token(int Start, int Length, TokenKind Kind, string Text)
{
    public int End => Start + Length;

    public string Lower { get; } = Text.ToLowerInvariant();

    public string Stem => _stem ??= Stemmer.Stem(Lower);

    public bool IsWord => Kind == TokenKind.Word;

    private string? _stem;
}
