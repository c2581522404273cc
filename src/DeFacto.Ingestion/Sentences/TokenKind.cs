namespace DeFacto.Ingestion.Sentences;

internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}
