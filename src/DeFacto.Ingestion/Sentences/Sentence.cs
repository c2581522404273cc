namespace DeFacto.Ingestion.Sentences;

/// <summary>A sentence of the cleaned text: where it lies and which paragraph it belongs to.</summary>
internal readonly record struct Sentence(int Index, int Start, int Length, int Paragraph)
{
    public int End => Start + Length;
}
