namespace DeFacto.Ingestion.Sentences;

/// <summary>A word, number or punctuation mark of a sentence, with its offsets in the cleaned text.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, string Text, string Lower, string Stem)
{
    public Token(int start, int length, TokenKind kind, string text)
        : this(start, length, kind, text, text.ToLowerInvariant(), Stemmer.Stem(text.ToLowerInvariant()))
    {
    }

    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;
}
