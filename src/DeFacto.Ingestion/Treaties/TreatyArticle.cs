namespace DeFacto.Ingestion.Treaties;

/// <summary>An article of a treaty ("Article 3", "Статья 3") with its numbered paragraphs; spans are in the original text.</summary>
public sealed record TreatyArticle(string Number, TextSpan Span, IReadOnlyList<TreatyParagraph> Paragraphs)
{
    internal int CleanStart { get; init; }

    internal int CleanEnd { get; init; }
}
