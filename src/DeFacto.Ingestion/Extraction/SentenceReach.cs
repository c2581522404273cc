namespace DeFacto.Ingestion.Extraction;

/// <summary>What a sentence can yield, as the character pre-filter sees it (<see cref="SentenceFilter"/>).</summary>
internal enum SentenceReach
{
    /// <summary>No digit, cue word, trigger or place name: nothing to read.</summary>
    Nothing,

    /// <summary>No cue word, but a digit, trigger or place name: events, dates and places, no cue matches.</summary>
    Context,

    /// <summary>A cue word: the full analysis.</summary>
    Cues,
}
