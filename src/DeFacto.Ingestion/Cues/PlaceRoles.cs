namespace DeFacto.Ingestion.Cues;

/// <summary>The roles a place can fill in a cue pattern's placeholders ("{patron}", "{parent}", "{territory}").</summary>
[Flags]
internal enum PlaceRoles
{
    None = 0,
    Patron = 1,
    Parent = 2,
    Territory = 4,
}
