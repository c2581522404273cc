namespace DeFacto.Ingestion;

/// <summary>A run of characters in a document's original text: where a fact came from.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
