using DeFacto.Core.Registry;
using DeFacto.Core.Time;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Extraction;

/// <summary>What extraction knows about the document while it reads its sentences.</summary>
internal sealed record DocumentContext(
    MappedText Cleaned,
    PlaceRegistry Registry,
    PartialDate? Published,
    string? PrimaryTerritory,
    IReadOnlyList<SentenceAnalysis> Sentences)
{
    private const int MaxParagraph = 3000;

    private Dictionary<int, (int Start, int End)>? _paragraphs;

    public bool IsTerritory(string id) => Registry.Find(id)?.Kind == PlaceKind.Territory;

    public string? PatronOf(string territory) => Registry.Find(territory)?.Patron;

    public string? ParentOf(string territory) => Registry.Find(territory)?.Parent;

    /// <summary>The sentence as analysed, with its span in the original text.</summary>
    public TextPassage SentenceOf(SentenceAnalysis sentence)
    {
        var s = sentence.Sentence;
        return new TextPassage(Cleaned.ToOriginal(s.Start, s.Length), Cleaned.Text.Substring(s.Start, s.Length));
    }

    /// <summary>The sentence's paragraph; a very long one is cut to a window around the sentence.</summary>
    public TextPassage ParagraphOf(SentenceAnalysis sentence)
    {
        _paragraphs ??= Paragraphs();
        var s = sentence.Sentence;
        var (start, end) = _paragraphs.TryGetValue(s.Paragraph, out var p) ? p : (s.Start, s.Start + s.Length);
        if (end - start > MaxParagraph)
        {
            var half = (MaxParagraph - s.Length) / 2;
            start = Math.Max(start, s.Start - Math.Max(half, 0));
            end = Math.Min(end, Math.Max(s.Start + s.Length, start + MaxParagraph));
        }

        return new TextPassage(Cleaned.ToOriginal(start, end - start), Cleaned.Text[start..end]);
    }

    private Dictionary<int, (int Start, int End)> Paragraphs()
    {
        var bounds = new Dictionary<int, (int Start, int End)>();
        foreach (var sentence in Sentences)
        {
            var s = sentence.Sentence;
            bounds[s.Paragraph] = bounds.TryGetValue(s.Paragraph, out var b) ? (b.Start, s.Start + s.Length) : (s.Start, s.Start + s.Length);
        }

        return bounds;
    }
}
