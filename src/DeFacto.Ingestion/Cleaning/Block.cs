namespace DeFacto.Ingestion.Cleaning;

/// <summary>A run of non-blank lines: a paragraph, a heading, or a piece of page furniture.</summary>
internal sealed class Block(List<Line> lines)
{
    public List<Line> Lines { get; } = lines;

    public bool Removed { get; set; }

    /// <summary>This block continues the sentence the previous kept block left unfinished.</summary>
    public bool JoinsPrevious { get; set; }
}
