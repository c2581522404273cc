namespace DeFacto.Ingestion.Cues;

/// <summary>
/// A compiled cue term of the codebook: it signals an indicator (a plain cue term) or one of its
/// categories (an anchor's cue). Cue terms are phrases; "passport*" matches any word starting so,
/// "{patron}", "{parent}" and "{territory}" match any name or adjective of such a place, and "..."
/// lets up to six words stand between two parts.
/// </summary>
internal sealed record CuePattern(int Id, string IndicatorId, string? Category, string Source, IReadOnlyList<CueElement> Elements)
{
    public bool IsCategory => Category is not null;

    public static IReadOnlyList<CueElement> Compile(string term)
    {
        var elements = new List<CueElement>();
        foreach (var raw in term.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (raw.ToLowerInvariant())
            {
                case "{patron}":
                    elements.Add(new CueElement(CueElementKind.Patron, raw));
                    continue;
                case "{parent}":
                    elements.Add(new CueElement(CueElementKind.Parent, raw));
                    continue;
                case "{territory}":
                    elements.Add(new CueElement(CueElementKind.Territory, raw));
                    continue;
                case "..." or "…":
                    elements.Add(new CueElement(CueElementKind.Gap, raw));
                    continue;
            }

            var prefix = raw.EndsWith('*');
            var word = raw.TrimEnd('*');
            foreach (var token in Sentences.Tokenizer.Tokenize(word, 0, word.Length))
            {
                elements.Add(new CueElement(prefix && token.End == word.Length ? CueElementKind.Prefix : CueElementKind.Word, token.Text));
            }
        }

        return elements;
    }
}
