namespace DeFacto.Ingestion.Cleaning;

/// <summary>One line of plain text: where it lies, and whether a page break came just before it.</summary>
internal readonly record struct Line(int Start, int End, bool AfterPageBreak)
{
    public int Length => End - Start;
}
