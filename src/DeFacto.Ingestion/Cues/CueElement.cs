namespace DeFacto.Ingestion.Cues;

/// <summary>One element of a cue pattern: a word (exact, by stem, or as a prefix with "*"), a place placeholder, or a gap ("...").</summary>
internal sealed record CueElement(CueElementKind Kind, string Text)
{
    public string Lower { get; } = Text.ToLowerInvariant();

    public string Stem { get; } = Sentences.Stemmer.Stem(Text.ToLowerInvariant());

    /// <summary>Acronyms ("FSB", "CSTO") match only in capitals.</summary>
    public bool CaseSensitive { get; } = Text.Length >= 2 && Text.All(c => char.IsUpper(c) || char.IsDigit(c)) && Text.Any(char.IsLetter);
}
