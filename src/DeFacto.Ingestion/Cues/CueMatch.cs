namespace DeFacto.Ingestion.Cues;

/// <summary>Where a cue pattern matched in a sentence, and which places filled its placeholders.</summary>
internal sealed record CueMatch(CuePattern Pattern, int FirstToken, int LastToken, int Start, int End)
{
    public string? Patron { get; init; }

    public string? Parent { get; init; }

    public string? Territory { get; init; }
}
