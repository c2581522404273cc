namespace DeFacto.Ingestion.Cues;

internal enum CueElementKind
{
    Word,
    Prefix,
    Patron,
    Parent,
    Territory,
    Gap,
}
